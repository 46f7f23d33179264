<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>QCoreApplication</name>
        <message>
            <source>Opening {path}…</source>
            <translation>Ouverture de {path}…</translation>
        </message>
        <message>
            <source>Opening the shop server…</source>
            <translation>Ouverture du serveur du magasin…</translation>
        </message>
        <message>
            <source>crm_desktop: unexpected error</source>
            <translation>crm_desktop : erreur inattendue</translation>
        </message>
        <message>
            <source>Something went wrong inside crm_desktop ({kind}: {error}). Nothing that was saved before is lost. The details are in the log file in the data folder.</source>
            <translation>Un problème est survenu dans crm_desktop ({kind} : {error}). Rien de ce qui avait été enregistré n'est perdu. Les détails se trouvent dans le fichier journal, dans le dossier des données.</translation>
        </message>
        <message>
            <source>crm_desktop cannot open the database</source>
            <translation>crm_desktop ne peut pas ouvrir la base de données</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} Ko</translation>
        </message>
        <message>
            <source>{size} MB</source>
            <translation>{size} Mo</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Créée le</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Damaged: {problem}</source>
            <translation>Endommagée : {problem}</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>crm_desktop backs the database up every day it opens and before every upgrade, in {folder}. Each backup below is checked by SQLite.</source>
            <translation>crm_desktop sauvegarde la base de données chaque jour où il est ouvert et avant chaque mise à jour, dans {folder}. Chaque sauvegarde ci-dessous est vérifiée par SQLite.</translation>
        </message>
        <message>
            <source>Second folder…</source>
            <translation>Second dossier…</translation>
        </message>
        <message>
            <source>A USB stick or a network share that receives a copy of each backup</source>
            <translation>Une clé USB ou un partage réseau qui reçoit une copie de chaque sauvegarde</translation>
        </message>
        <message>
            <source>No second folder</source>
            <translation>Pas de second dossier</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>Restore the selected backup…</source>
            <translation>Restaurer la sauvegarde sélectionnée…</translation>
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation>Restaurer à partir d'un fichier…</translation>
        </message>
        <message>
            <source>Checking the backups…</source>
            <translation>Vérification des sauvegardes…</translation>
        </message>
        <message>
            <source>Second folder: {folder}</source>
            <translation>Second dossier : {folder}</translation>
        </message>
        <message>
            <source>Second folder: none (a USB stick or share is safer)</source>
            <translation>Second dossier : aucun (une clé USB ou un partage réseau est plus sûr)</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>Aucune sauvegarde pour l'instant.</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s), {damaged} damaged</source>
            <translation>
                <numerusform>%n sauvegarde, {damaged} endommagée</numerusform>
                <numerusform>%n sauvegardes (endommagées : {damaged})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s), all sound</source>
            <translation>
                <numerusform>%n sauvegarde, intacte</numerusform>
                <numerusform>%n sauvegardes, toutes intactes</numerusform>
            </translation>
        </message>
        <message>
            <source>Backup written to {file}. A copy is in {folder}.</source>
            <translation>Sauvegarde enregistrée dans {file}. Une copie se trouve dans {folder}.</translation>
        </message>
        <message>
            <source>Backup written to {file}.</source>
            <translation>Sauvegarde enregistrée dans {file}.</translation>
        </message>
        <message>
            <source>The second folder for backups</source>
            <translation>Le second dossier des sauvegardes</translation>
        </message>
        <message>
            <source>Choose a backup in the list first.</source>
            <translation>Choisissez d'abord une sauvegarde dans la liste.</translation>
        </message>
        <message>
            <source>Restore from a backup file</source>
            <translation>Restaurer à partir d'un fichier de sauvegarde</translation>
        </message>
        <message>
            <source>Backups (*.sqlite3)</source>
            <translation>Sauvegardes (*.sqlite3)</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Replace all the shop's data with the backup of {backup}?

Everything saved since then is replaced. The data as it is now is backed up first (kept in the list as 'Before a restore'), and customers erased since are erased again.</source>
            <translation>Remplacer toutes les données du magasin par la sauvegarde du {backup} ?

Tout ce qui a été enregistré depuis sera remplacé. Les données actuelles sont d'abord sauvegardées (conservées dans la liste sous « Avant une restauration »), et les clients effacés depuis sont de nouveau effacés.</translation>
        </message>
        <message>
            <source>Restored the backup of {backup}; the data as it was is kept as 'Before a restore'.</source>
            <translation>Sauvegarde du {backup} restaurée ; les données telles qu'elles étaient sont conservées sous « Avant une restauration ».</translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s) erased since (was|were) erased again.</source>
            <translation>
                <numerusform>%n client effacé depuis a été de nouveau effacé.</numerusform>
                <numerusform>%n clients effacés depuis ont été de nouveau effacés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Calendar not updated: {error}</source>
            <translation>Calendrier non mis à jour : {error}</translation>
        </message>
        <message>
            <source>&amp;Reached</source>
            <translation>&amp;Joint</translation>
        </message>
        <message>
            <source>They answered: save their score and words, if given</source>
            <translation>Le client a répondu : enregistrer sa note et ses mots, s'il les donne</translation>
        </message>
        <message>
            <source>&amp;No answer – retry tomorrow</source>
            <translation>Sans &amp;réponse – rappeler demain</translation>
        </message>
        <message>
            <source>Logged; the call is due again the next working day</source>
            <translation>Noté ; l'appel revient le jour ouvré suivant</translation>
        </message>
        <message>
            <source>&amp;Left a message</source>
            <translation>Message &amp;laissé</translation>
        </message>
        <message>
            <source>Logged; the call comes back in two working days</source>
            <translation>Noté ; l'appel revient dans deux jours ouvrés</translation>
        </message>
        <message>
            <source>&amp;Wrong number</source>
            <translation>&amp;Mauvais numéro</translation>
        </message>
        <message>
            <source>Logged; the customer is tagged so someone fixes the number</source>
            <translation>Noté ; le client reçoit une étiquette pour que quelqu'un corrige le numéro</translation>
        </message>
        <message numerus="yes">
            <source>%n reached</source>
            <comment>calls of the call list</comment>
            <translation>
                <numerusform>%n joint</numerusform>
                <numerusform>%n joints</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n no answer</source>
            <comment>calls of the call list</comment>
            <translation>
                <numerusform>%n sans réponse</numerusform>
                <numerusform>%n sans réponse</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n left a message</source>
            <comment>calls of the call list</comment>
            <translation>
                <numerusform>%n message laissé</numerusform>
                <numerusform>%n messages laissés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n wrong number</source>
            <comment>calls of the call list</comment>
            <translation>
                <numerusform>%n mauvais numéro</numerusform>
                <numerusform>%n mauvais numéros</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sent the update instead</source>
            <comment>calls of the call list</comment>
            <translation>
                <numerusform>%n message envoyé à la place</numerusform>
                <numerusform>%n messages envoyés à la place</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped (still on Today)</source>
            <comment>calls of the call list</comment>
            <translation>
                <numerusform>%n passé (toujours dans Aujourd'hui)</numerusform>
                <numerusform>%n passés (toujours dans Aujourd'hui)</numerusform>
            </translation>
        </message>
        <message>
            <source>customer's words</source>
            <translation>mots du client</translation>
        </message>
        <message>
            <source>Call list</source>
            <translation>Liste d'appels</translation>
        </message>
        <message>
            <source>Reading today's calls…</source>
            <translation>Lecture des appels du jour…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>No phone number on file: open the customer to add one.</source>
            <translation>Aucun numéro de téléphone enregistré : ouvrez la fiche du client pour en ajouter un.</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation>Non demandé</translation>
        </message>
        <message>
            <source>1 — very unhappy</source>
            <translation>1 — très mécontent</translation>
        </message>
        <message>
            <source>5 — very happy</source>
            <translation>5 — très satisfait</translation>
        </message>
        <message>
            <source>1 or 2 books a recovery call for the owner</source>
            <translation>1 ou 2 programme un appel de rattrapage pour le gérant</translation>
        </message>
        <message>
            <source>Send the &amp;update…</source>
            <translation>Donner des &amp;nouvelles…</translation>
        </message>
        <message>
            <source>The prepared message, by e-mail or SMS, instead of this call</source>
            <translation>Le message préparé, par e-mail ou SMS, à la place de cet appel</translation>
        </message>
        <message>
            <source>S&amp;kip</source>
            <translation>&amp;Passer</translation>
        </message>
        <message>
            <source>Next call, recording nothing: this one stays on Today</source>
            <translation>Appel suivant, sans rien enregistrer : celui-ci reste dans Aujourd'hui</translation>
        </message>
        <message>
            <source>What to say</source>
            <translation>Quoi dire</translation>
        </message>
        <message>
            <source>All calls done</source>
            <translation>Tous les appels sont faits</translation>
        </message>
        <message>
            <source>Call {number} of {count}</source>
            <translation>Appel {number} sur {count}</translation>
        </message>
        <message>
            <source>Their score — the point of this call</source>
            <translation>Sa note — le but de cet appel</translation>
        </message>
        <message>
            <source>Their opinion, asked on every call (if they give it)</source>
            <translation>Son avis, demandé à chaque appel (s'il le donne)</translation>
        </message>
        <message>
            <source>What they said</source>
            <translation>Ce qu'il a dit</translation>
        </message>
        <message>
            <source>The customer's own words (kept when they were reached)</source>
            <translation>Les mots du client (conservés s'il a été joint)</translation>
        </message>
        <message>
            <source>What they said about the news (kept when they were reached)</source>
            <translation>Ce qu'il a dit des nouvelles (conservé s'il a été joint)</translation>
        </message>
        <message>
            <source>{number} — click to copy</source>
            <translation>{number} — cliquer pour copier</translation>
        </message>
        <message>
            <source>click a number to copy it</source>
            <translation>cliquez sur un numéro pour le copier</translation>
        </message>
        <message>
            <source>No calls are due today.</source>
            <translation>Aucun appel prévu aujourd'hui.</translation>
        </message>
        <message numerus="yes">
            <source>{made} of %n call(s) recorded: {outcomes}</source>
            <translation>
                <numerusform>Appel enregistré : {made} sur %n — {outcomes}</numerusform>
                <numerusform>Appels enregistrés : {made} sur %n — {outcomes}</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied {number}.</source>
            <translation>{number} copié.</translation>
        </message>
        <message>
            <source>Copied {number} ({customer})</source>
            <translation>{number} copié ({customer})</translation>
        </message>
        <message>
            <source>✓ {customer}: the update was sent</source>
            <translation>✓ {customer} : les nouvelles ont été envoyées</translation>
        </message>
        <message>
            <source>✓ {customer}: {outcome}</source>
            <translation>✓ {customer} : {outcome}</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Prix</translation>
        </message>
        <message>
            <source>Warranty</source>
            <translation>Garantie</translation>
        </message>
        <message>
            <source>Serial needed</source>
            <translation>N° de série requis</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n mois</numerusform>
                <numerusform>%n mois</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <comment>no warranty</comment>
            <translation>aucune</translation>
        </message>
        <message>
            <source>yes</source>
            <comment>a serial number is needed</comment>
            <translation>oui</translation>
        </message>
        <message>
            <source>retired</source>
            <comment>a product no longer sold</comment>
            <translation>retiré</translation>
        </message>
        <message>
            <source>on sale</source>
            <translation>en vente</translation>
        </message>
        <message>
            <source>Edit product</source>
            <translation>Modifier le produit</translation>
        </message>
        <message>
            <source>New product</source>
            <translation>Nouveau produit</translation>
        </message>
        <message>
            <source>changes</source>
            <translation>modifications</translation>
        </message>
        <message>
            <source>product</source>
            <translation>produit</translation>
        </message>
        <message>
            <source>New category…</source>
            <translation>Nouvelle catégorie…</translation>
        </message>
        <message>
            <source>In {currency}, e.g. {example}</source>
            <translation>En {currency}, par ex. {example}</translation>
        </message>
        <message>
            <source>as its category</source>
            <translation>comme sa catégorie</translation>
        </message>
        <message>
            <source> months</source>
            <translation> mois</translation>
        </message>
        <message>
            <source>Each unit has a serial number or IMEI, asked at the sale</source>
            <translation>Chaque unité a un numéro de série ou un IMEI, demandé à la vente</translation>
        </message>
        <message>
            <source>SKU *</source>
            <translation>Référence *</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Nom *</translation>
        </message>
        <message>
            <source>After-sales plan</source>
            <translation>Plan de suivi</translation>
        </message>
        <message numerus="yes">
            <source>{category} (%n month(s))</source>
            <translation>
                <numerusform>{category} (%n mois)</numerusform>
                <numerusform>{category} (%n mois)</numerusform>
            </translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>Catalogue</translation>
        </message>
        <message>
            <source>What the shop sells. A product's warranty and after-sales plan are used when it is sold: the follow-ups are scheduled from the plan. To record a sale, open the customer and choose &lt;b&gt;New sale…&lt;/b&gt;.</source>
            <translation>Ce que vend le magasin. La garantie et le plan de suivi d'un produit s'appliquent quand il est vendu : les suivis sont programmés d'après le plan. Pour enregistrer une vente, ouvrez le client et choisissez &lt;b&gt;Nouvelle vente…&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Show retired products</source>
            <translation>Afficher les produits retirés</translation>
        </message>
        <message>
            <source>New product…</source>
            <translation>Nouveau produit…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Categories…</source>
            <translation>Catégories…</translation>
        </message>
        <message>
            <source>A category's default warranty and after-sales plan</source>
            <translation>La garantie et le plan de suivi par défaut d'une catégorie</translation>
        </message>
        <message>
            <source>Follow-up plans…</source>
            <translation>Plans de suivi…</translation>
        </message>
        <message>
            <source>What a sale schedules: thank-you call, satisfaction check, reminders…</source>
            <translation>Ce qu'une vente programme : appel de remerciement, enquête de satisfaction, rappels…</translation>
        </message>
        <message>
            <source>Pu&amp;t back on sale</source>
            <translation>Remet&amp;tre en vente</translation>
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation>Re&amp;tirer</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Catégories</translation>
        </message>
        <message>
            <source>Category to edit:</source>
            <translation>Catégorie à modifier :</translation>
        </message>
        <message>
            <source>Follow-up plans</source>
            <translation>Plans de suivi</translation>
        </message>
        <message>
            <source>Plan to edit:</source>
            <translation>Plan à modifier :</translation>
        </message>
        <message>
            <source>New plan…</source>
            <translation>Nouveau plan…</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Modifié par quelqu'un d'autre</translation>
        </message>
        <message>
            <source>Someone else</source>
            <translation>Quelqu'un d'autre</translation>
        </message>
        <message>
            <source>&lt;b&gt;{who}&lt;/b&gt; saved &lt;b&gt;{what}&lt;/b&gt; at {time} on {date}, while you had it open. Nothing of yours has been saved yet.</source>
            <translation>&lt;b&gt;{who}&lt;/b&gt; a enregistré &lt;b&gt;{what}&lt;/b&gt; à {time} le {date}, pendant que vous l'aviez ouvert. Rien de votre côté n'a encore été enregistré.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{who}&lt;/b&gt; saved &lt;b&gt;{what}&lt;/b&gt;, while you had it open. Nothing of yours has been saved yet.</source>
            <translation>&lt;b&gt;{who}&lt;/b&gt; a enregistré &lt;b&gt;{what}&lt;/b&gt; pendant que vous l'aviez ouvert. Rien de votre côté n'a encore été enregistré.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Saved by {who}</source>
            <translation>Enregistré par {who}</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Votre version</translation>
        </message>
        <message>
            <source>Reload shows their version (what you typed is discarded). Keep mine saves yours over theirs; the history records that you did. Cancel takes you back to your form.</source>
            <translation>Recharger affiche sa version (ce que vous avez saisi est abandonné). Garder la mienne enregistre votre version par-dessus la sienne ; l'historique indique que vous l'avez fait. Annuler vous ramène à votre formulaire.</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Garder la mienne</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Not asked yet</source>
            <translation>Pas encore demandé</translation>
        </message>
        <message>
            <source>Yes, agrees to be contacted</source>
            <translation>Oui, accepte d'être contacté</translation>
        </message>
        <message>
            <source>No contact, please</source>
            <translation>Ne pas contacter</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Particulier</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Professionnel</translation>
        </message>
        <message>
            <source>Edit customer</source>
            <translation>Modifier le client</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>Nouveau client</translation>
        </message>
        <message>
            <source>customer details</source>
            <translation>coordonnées du client</translation>
        </message>
        <message>
            <source>as the customer says it, e.g. 06 12 34 56 78 or +44 20 7946 0958</source>
            <translation>tel que le client le donne, par ex. 06 12 34 56 78 ou +44 20 7946 0958</translation>
        </message>
        <message>
            <source>comma separated, e.g. vip, business</source>
            <translation>séparées par des virgules, par ex. vip, pro</translation>
        </message>
        <message>
            <source>The shop's language</source>
            <translation>La langue du magasin</translation>
        </message>
        <message>
            <source>The language of this customer's printed documents and messages</source>
            <translation>La langue des documents imprimés et des messages de ce client</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Société</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Second phone</source>
            <translation>Second téléphone</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Contact consent</source>
            <translation>Consentement au contact</translation>
        </message>
        <message>
            <source>Documents in</source>
            <translation>Documents en</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Fields marked * are required.</source>
            <translation>Les champs marqués d'un * sont obligatoires.</translation>
        </message>
        <message>
            <source>&lt;a href='{customer_id}'&gt;{name}&lt;/a&gt; already has this {reason}.</source>
            <translation>Même {reason} que &lt;a href='{customer_id}'&gt;{name}&lt;/a&gt;.</translation>
        </message>
        <message>
            <source>Possible duplicate: {matches} Save anyway, or open them.</source>
            <translation>Doublon possible : {matches} Enregistrez quand même, ou ouvrez-les.</translation>
        </message>
        <message>
            <source>Reloaded: this is their version now. Change it and save, or close.</source>
            <translation>Rechargé : c'est maintenant sa version. Modifiez-la et enregistrez, ou fermez.</translation>
        </message>
        <message>
            <source>Not saved: someone else changed this customer. Save again to choose.</source>
            <translation>Non enregistré : quelqu'un d'autre a modifié ce client. Enregistrez de nouveau pour choisir.</translation>
        </message>
        <message>
            <source>Save shows their change beside yours, and lets you choose.</source>
            <translation>Enregistrer affiche sa modification à côté de la vôtre et vous laisse choisir.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Customer since</source>
            <translation>Client depuis</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Ventes</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Suivis</translation>
        </message>
        <message>
            <source>Promises</source>
            <translation>Engagements</translation>
        </message>
        <message>
            <source>Service jobs</source>
            <translation>Interventions</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Demandes</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visites</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s)</source>
            <translation>
                <numerusform>%n suivi</numerusform>
                <numerusform>%n suivis</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n promise(s)</source>
            <translation>
                <numerusform>%n engagement</numerusform>
                <numerusform>%n engagements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n job(s)</source>
            <translation>
                <numerusform>%n intervention</numerusform>
                <numerusform>%n interventions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n request(s)</source>
            <translation>
                <numerusform>%n demande</numerusform>
                <numerusform>%n demandes</numerusform>
            </translation>
        </message>
        <message>
            <source>{items} — show them</source>
            <translation>{items} — les afficher</translation>
        </message>
        <message>
            <source>Log a contact…</source>
            <translation>Noter un contact…</translation>
        </message>
        <message>
            <source>Schedule a follow-up…</source>
            <translation>Programmer un suivi…</translation>
        </message>
        <message>
            <source>Record a promise…</source>
            <translation>Enregistrer un engagement…</translation>
        </message>
        <message>
            <source>New sale…</source>
            <translation>Nouvelle vente…</translation>
        </message>
        <message>
            <source>Record a sale for this customer; its follow-ups are scheduled</source>
            <translation>Enregistrer une vente pour ce client ; ses suivis sont programmés</translation>
        </message>
        <message>
            <source>New service job…</source>
            <translation>Nouvelle intervention…</translation>
        </message>
        <message>
            <source>Take a unit in for repair: its warranty is checked; select a sold item first to take that one</source>
            <translation>Réceptionner un appareil à réparer : sa garantie est vérifiée ; sélectionnez d'abord un article vendu pour réceptionner celui-ci</translation>
        </message>
        <message>
            <source>New request…</source>
            <translation>Nouvelle demande…</translation>
        </message>
        <message>
            <source>Something the customer asks the shop to do or solve that is not a repair: an activation, a duplicate SIM, a billing question, a complaint… It stays on the lists until it is resolved</source>
            <translation>Ce que le client demande au magasin de faire ou de résoudre, hors réparation : une activation, un duplicata de carte SIM, une question de facturation, une réclamation… Elle reste dans les listes jusqu'à sa résolution</translation>
        </message>
        <message>
            <source>Print history…</source>
            <translation>Imprimer l'historique…</translation>
        </message>
        <message>
            <source>The customer's whole history (or a period of it) as a PDF</source>
            <translation>Tout l'historique du client (ou une période) en PDF</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Ouvrir…</translation>
        </message>
        <message>
            <source>Open the selected sale, service job or request (or double-click it)</source>
            <translation>Ouvrir la vente, l'intervention ou la demande sélectionnée (ou double-cliquer dessus)</translation>
        </message>
        <message>
            <source>Move promise date…</source>
            <translation>Déplacer la date de l'engagement…</translation>
        </message>
        <message>
            <source>Select an open promise; the new date needs a reason, and every move is kept</source>
            <translation>Sélectionnez un engagement en cours ; la nouvelle date demande un motif, et chaque déplacement est conservé</translation>
        </message>
        <message>
            <source>Tell the customer…</source>
            <translation>Prévenir le client…</translation>
        </message>
        <message>
            <source>A ready-to-send message on the selected promise or job; logged on the history when sent</source>
            <translation>Un message prêt à envoyer sur l'engagement ou l'intervention sélectionné ; noté dans l'historique une fois envoyé</translation>
        </message>
        <message>
            <source>Promise kept</source>
            <translation>Engagement tenu</translation>
        </message>
        <message>
            <source>Broken…</source>
            <translation>Non tenu…</translation>
        </message>
        <message>
            <source>The promise will not be kept: say what the shop will do about it; the owner gets a recovery call</source>
            <translation>L'engagement ne sera pas tenu : indiquez ce que le magasin va faire ; le gérant reçoit un appel de rattrapage</translation>
        </message>
        <message>
            <source>Cancel promise…</source>
            <translation>Annuler l'engagement…</translation>
        </message>
        <message>
            <source>Nothing is owed any more (say why)</source>
            <translation>Plus rien n'est dû (indiquez pourquoi)</translation>
        </message>
        <message>
            <source>Void this sale…</source>
            <translation>Annuler cette vente…</translation>
        </message>
        <message>
            <source>Select a sale in the history first; its open follow-ups are cancelled</source>
            <translation>Sélectionnez d'abord une vente dans l'historique ; ses suivis en cours sont annulés</translation>
        </message>
        <message>
            <source>Change sale date…</source>
            <translation>Changer la date de la vente…</translation>
        </message>
        <message>
            <source>Correct the date of the selected sale; its open follow-ups move with it</source>
            <translation>Corriger la date de la vente sélectionnée ; ses suivis en cours sont décalés avec elle</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Plus</translation>
        </message>
        <message>
            <source>Merge a duplicate, archive; a vCard for an address book, the customer's own data, or erasing it</source>
            <translation>Fusionner un doublon, archiver ; une vCard pour un carnet d'adresses, les données personnelles du client, ou leur effacement</translation>
        </message>
        <message>
            <source>Merge a duplicate…</source>
            <translation>Fusionner un doublon…</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archiver</translation>
        </message>
        <message>
            <source>Export vCard…</source>
            <translation>Exporter la vCard…</translation>
        </message>
        <message>
            <source>The customer's phones, e-mail, address and company, for an address book</source>
            <translation>Téléphones, e-mail, adresse et société du client, pour un carnet d'adresses</translation>
        </message>
        <message>
            <source>Contact consent…</source>
            <translation>Consentement au contact…</translation>
        </message>
        <message>
            <source>E-mails and text messages: what the customer said, and when</source>
            <translation>E-mails et SMS : ce que le client a répondu, et quand</translation>
        </message>
        <message>
            <source>Export this customer's data…</source>
            <translation>Exporter les données de ce client…</translation>
        </message>
        <message>
            <source>Erase this customer…</source>
            <translation>Effacer ce client…</translation>
        </message>
        <message>
            <source>With the selected line:</source>
            <translation>Avec la ligne sélectionnée :</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Afficher :</translation>
        </message>
        <message>
            <source>Only open items</source>
            <translation>Seulement les éléments en cours</translation>
        </message>
        <message>
            <source>What is still to do or running: follow-ups, promises, jobs, requests</source>
            <translation>Ce qui reste à faire ou est en cours : suivis, engagements, interventions, demandes</translation>
        </message>
        <message numerus="yes">
            <source>Plans beyond %n day(s)</source>
            <translation>
                <numerusform>Prévisions au-delà de %n jour</numerusform>
                <numerusform>Prévisions au-delà de %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>Yearly reminders and warranty notices further ahead</source>
            <translation>Rappels annuels et avis de garantie plus lointains</translation>
        </message>
        <message>
            <source>Nothing yet: no sales, jobs, promises or contacts for this customer.</source>
            <translation>Rien pour l'instant : aucune vente, intervention, aucun engagement ni contact pour ce client.</translation>
        </message>
        <message>
            <source>&lt;span style='color:{color}'&gt;(archived)&lt;/span&gt;</source>
            <translation>&lt;span style='color:{color}'&gt;(archivé)&lt;/span&gt;</translation>
        </message>
        <message>
            <source>No phone or email on file</source>
            <translation>Aucun téléphone ni e-mail enregistré</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>Total spent</source>
            <translation>Total dépensé</translation>
        </message>
        <message>
            <source>Open items</source>
            <translation>Éléments en cours</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Dernier contact</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Satisfaction</translation>
        </message>
        <message>
            <source>Restore from archive</source>
            <translation>Restaurer depuis les archives</translation>
        </message>
        <message>
            <source>Void sale</source>
            <translation>Annuler la vente</translation>
        </message>
        <message>
            <source>Why is {sale} voided? Its open follow-ups are cancelled with this reason; what was already done stays in the history.</source>
            <translation>Pourquoi annuler {sale} ? Ses suivis en cours sont annulés avec ce motif ; ce qui a déjà été fait reste dans l'historique.</translation>
        </message>
        <message>
            <source>Change sale date</source>
            <translation>Changer la date de la vente</translation>
        </message>
        <message>
            <source>The correct date of {sale} (YYYY-MM-DD). Its open follow-ups and warranty move with it:</source>
            <translation>La date correcte de {sale} (AAAA-MM-JJ). Ses suivis en cours et sa garantie sont décalés avec elle :</translation>
        </message>
        <message>
            <source>“{text}” is not a date like 2026-03-31.</source>
            <translation>« {text} » n'est pas une date comme 2026-03-31.</translation>
        </message>
        <message>
            <source>Move promise date</source>
            <translation>Déplacer la date de l'engagement</translation>
        </message>
        <message>
            <source>“{title}”</source>
            <translation>« {title} »</translation>
        </message>
        <message>
            <source>Promise broken</source>
            <translation>Engagement non tenu</translation>
        </message>
        <message>
            <source>What will the shop do about it? (kept with the promise; the owner gets a recovery call)</source>
            <translation>Que va faire le magasin ? (conservé avec l'engagement ; le gérant reçoit un appel de rattrapage)</translation>
        </message>
        <message>
            <source>Cancel the promise</source>
            <translation>Annuler l'engagement</translation>
        </message>
        <message>
            <source>Why is nothing owed any more?</source>
            <translation>Pourquoi plus rien n'est-il dû ?</translation>
        </message>
        <message>
            <source>Say why: the reason is kept with the promise.</source>
            <translation>Indiquez pourquoi : le motif est conservé avec l'engagement.</translation>
        </message>
        <message>
            <source>Archive customer</source>
            <translation>Archiver le client</translation>
        </message>
        <message>
            <source>Archive {customer}? They disappear from lists but keep their whole history, and search finds them with “Show the archive”. You can restore them any time.</source>
            <translation>Archiver {customer} ? Le client disparaît des listes mais garde tout son historique, et la recherche le retrouve avec « Afficher les archives ». Vous pouvez le restaurer à tout moment.</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Clients</translation>
        </message>
        <message>
            <source>New customer…</source>
            <translation>Nouveau client…</translation>
        </message>
        <message>
            <source>Show only customers with this tag</source>
            <translation>Afficher seulement les clients ayant cette étiquette</translation>
        </message>
        <message>
            <source>Show the archive</source>
            <translation>Afficher les archives</translation>
        </message>
        <message>
            <source>Archived customers are kept with their history but hidden from lists</source>
            <translation>Les clients archivés sont conservés avec leur historique mais masqués dans les listes</translation>
        </message>
        <message>
            <source>No customers yet. &lt;b&gt;New customer…&lt;/b&gt; (Ctrl+N) adds the first one.</source>
            <translation>Aucun client pour l'instant. &lt;b&gt;Nouveau client…&lt;/b&gt; (Ctrl+N) ajoute le premier.</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Toutes les étiquettes</translation>
        </message>
        <message numerus="yes">
            <source>%Ln archived customer(s)</source>
            <translation>
                <numerusform>%Ln client archivé</numerusform>
                <numerusform>%Ln clients archivés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s)</source>
            <translation>
                <numerusform>%Ln client</numerusform>
                <numerusform>%Ln clients</numerusform>
            </translation>
        </message>
        <message>
            <source>Sales, one line per item</source>
            <translation>Ventes, une ligne par article</translation>
        </message>
        <message>
            <source>Contacts with customers</source>
            <translation>Contacts avec les clients</translation>
        </message>
        <message>
            <source>Calendar: follow-ups, visits, promises (.ics)</source>
            <translation>Calendrier : suivis, visites, engagements (.ics)</translation>
        </message>
        <message>
            <source>Every customer as a vCard (.vcf)</source>
            <translation>Tous les clients en vCard (.vcf)</translation>
        </message>
        <message>
            <source>CSV (any spreadsheet, UTF-8)</source>
            <translation>CSV (tout tableur, UTF-8)</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Classeur Excel (.xlsx)</translation>
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
            <translation>Exporter les clients</translation>
        </message>
        <message>
            <source>Export sales with items</source>
            <translation>Exporter les ventes avec leurs articles</translation>
        </message>
        <message>
            <source>Export follow-ups</source>
            <translation>Exporter les suivis</translation>
        </message>
        <message>
            <source>Export service jobs</source>
            <translation>Exporter les interventions</translation>
        </message>
        <message>
            <source>Export requests</source>
            <translation>Exporter les demandes</translation>
        </message>
        <message>
            <source>Export contacts</source>
            <translation>Exporter les contacts</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Exporter le calendrier</translation>
        </message>
        <message>
            <source>Export vcards</source>
            <translation>Exporter les vCards</translation>
        </message>
        <message>
            <source>Customers ({what}) written to {path}</source>
            <translation>Clients ({what}) enregistrés dans {path}</translation>
        </message>
        <message>
            <source>Sales with items ({what}) written to {path}</source>
            <translation>Ventes avec articles ({what}) enregistrées dans {path}</translation>
        </message>
        <message>
            <source>Follow-ups ({what}) written to {path}</source>
            <translation>Suivis ({what}) enregistrés dans {path}</translation>
        </message>
        <message>
            <source>Service jobs ({what}) written to {path}</source>
            <translation>Interventions ({what}) enregistrées dans {path}</translation>
        </message>
        <message>
            <source>Requests ({what}) written to {path}</source>
            <translation>Demandes ({what}) enregistrées dans {path}</translation>
        </message>
        <message>
            <source>Contacts ({what}) written to {path}</source>
            <translation>Contacts ({what}) enregistrés dans {path}</translation>
        </message>
        <message>
            <source>Calendar ({what}) written to {path}</source>
            <translation>Calendrier ({what}) enregistré dans {path}</translation>
        </message>
        <message>
            <source>vCards ({what}) written to {path}</source>
            <translation>vCards ({what}) enregistrées dans {path}</translation>
        </message>
        <message>
            <source>Keep the calendar in this folder</source>
            <translation>Tenir le calendrier à jour dans ce dossier</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <source>Whose:</source>
            <translation>De qui :</translation>
        </message>
        <message>
            <source>Keep it up to date in a folder, for a calendar app to subscribe to</source>
            <translation>Le tenir à jour dans un dossier, pour qu'une application de calendrier s'y abonne</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>Choisir le dossier…</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>Quoi :</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format :</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Name, company, e-mail, phones as typed, address, tags, notes: the columns an import reads back. Archived customers are left out.</source>
            <translation>Nom, société, e-mail, téléphones tels que saisis, adresse, étiquettes, notes : les colonnes qu'une importation relit. Les clients archivés sont exclus.</translation>
        </message>
        <message>
            <source>Sale numbers, items with serials, prices and warranty dates.</source>
            <translation>Numéros de vente, articles avec numéros de série, prix et dates de garantie.</translation>
        </message>
        <message>
            <source>Open follow-ups and promises on their day, visits at their hours. A calendar that imports the file again updates its events instead of doubling them.</source>
            <translation>Les suivis et engagements en cours à leur date, les visites à leurs horaires. Un calendrier qui importe de nouveau le fichier met à jour ses événements au lieu de les dupliquer.</translation>
        </message>
        <message>
            <source>Phones (mobile, home, work), e-mail, address and company, for a phone's address book; the shop's notes stay here.</source>
            <translation>Téléphones (mobile, domicile, travail), e-mail, adresse et société, pour le carnet d'adresses d'un téléphone ; les notes du magasin restent ici.</translation>
        </message>
        <message>
            <source>The numbers people see (S-0042, J-0042, R-0042), names and dates.</source>
            <translation>Les numéros que tout le monde voit (S-0042, J-0042, R-0042), les noms et les dates.</translation>
        </message>
        <message>
            <source>Kept up to date: {path}</source>
            <translation>Tenu à jour : {path}</translation>
        </message>
        <message>
            <source>No folder: the calendar is written only when you export it.</source>
            <translation>Aucun dossier : le calendrier n'est écrit que lorsque vous l'exportez.</translation>
        </message>
        <message>
            <source>The calendar will be kept in {folder}.</source>
            <translation>Le calendrier sera tenu à jour dans {folder}.</translation>
        </message>
        <message>
            <source>The calendar is no longer kept.</source>
            <translation>Le calendrier n'est plus tenu à jour.</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>Écriture de {file}…</translation>
        </message>
        <message>
            <source>vCard of {name}</source>
            <translation>vCard de {name}</translation>
        </message>
        <message>
            <source>vCard of {name} written to {path}</source>
            <translation>vCard de {name} enregistrée dans {path}</translation>
        </message>
        <message>
            <source>Export vCard</source>
            <translation>Exporter la vCard</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Complete: {follow_up}</source>
            <translation>Terminer : {follow_up}</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>résultat</translation>
        </message>
        <message>
            <source>What happened, what the customer said</source>
            <translation>Ce qui s'est passé, ce que le client a dit</translation>
        </message>
        <message>
            <source>The customer's own words about the product or the service</source>
            <translation>Les mots du client sur le produit ou le service</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Outcome *</source>
            <translation>Résultat *</translation>
        </message>
        <message>
            <source>In their words</source>
            <translation>Avec ses mots</translation>
        </message>
        <message>
            <source>A score of 1 or 2 schedules a recovery call for the owner.</source>
            <translation>Une note de 1 ou 2 programme un appel de rattrapage pour le gérant.</translation>
        </message>
        <message>
            <source>Reschedule: {follow_up}</source>
            <translation>Reporter : {follow_up}</translation>
        </message>
        <message>
            <source>new date and reason</source>
            <translation>nouvelle date et motif</translation>
        </message>
        <message>
            <source>Why it moves (kept with the follow-up)</source>
            <translation>Pourquoi il est déplacé (conservé avec le suivi)</translation>
        </message>
        <message>
            <source>New date</source>
            <translation>Nouvelle date</translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>Motif *</translation>
        </message>
        <message>
            <source>Skip: {follow_up}</source>
            <translation>Ignorer : {follow_up}</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>motif</translation>
        </message>
        <message>
            <source>Why this follow-up is not needed</source>
            <translation>Pourquoi ce suivi n'est pas nécessaire</translation>
        </message>
        <message numerus="yes">
            <source>Reschedule %n follow-up(s)</source>
            <translation>
                <numerusform>Reporter %n suivi</numerusform>
                <numerusform>Reporter %n suivis</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skip %n follow-up(s)</source>
            <translation>
                <numerusform>Ignorer %n suivi</numerusform>
                <numerusform>Ignorer %n suivis</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Hand over %n follow-up(s)</source>
            <translation>
                <numerusform>Transmettre %n suivi</numerusform>
                <numerusform>Transmettre %n suivis</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s), for {customers} and {more} more.</source>
            <translation>
                <numerusform>%n suivi, pour {customers} et {more} de plus.</numerusform>
                <numerusform>%n suivis, pour {customers} et {more} de plus.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s), for {customers}.</source>
            <translation>
                <numerusform>%n suivi, pour {customers}.</numerusform>
                <numerusform>%n suivis, pour {customers}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Why they move (kept with each follow-up)</source>
            <translation>Pourquoi ils sont déplacés (conservé avec chaque suivi)</translation>
        </message>
        <message>
            <source>To</source>
            <comment>hand the follow-ups over to a person</comment>
            <translation>À</translation>
        </message>
        <message>
            <source>Why (optional)</source>
            <translation>Pourquoi (facultatif)</translation>
        </message>
        <message>
            <source>Why they are not needed any more</source>
            <translation>Pourquoi ils ne sont plus nécessaires</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Print the customer's history</source>
            <translation>Imprimer l'historique du client</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <comment>the last day of a period</comment>
            <translation>Jusqu'au</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>12 derniers mois</translation>
        </message>
        <message>
            <source>Whole history</source>
            <translation>Tout l'historique</translation>
        </message>
        <message>
            <source>Everything since the customer's first visit</source>
            <translation>Tout depuis la première visite du client</translation>
        </message>
        <message>
            <source>Shop's copy: include the internal notes (not for the customer)</source>
            <translation>Exemplaire du magasin : inclure les notes internes (pas pour le client)</translation>
        </message>
        <message>
            <source>The customer's copy leaves out tags, notes, warranty-override reasons, the diagnosis, staff names, follow-ups and what was said in each contact</source>
            <translation>L'exemplaire du client omet les étiquettes, les notes, les motifs de dérogation à la garantie, le diagnostic, les noms du personnel, les suivis et ce qui a été dit lors de chaque contact</translation>
        </message>
        <message>
            <source>History of {customer}: the last 12 months unless you choose otherwise.</source>
            <translation>Historique de {customer} : les 12 derniers mois, sauf si vous choisissez autre chose.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>The period ends before it starts; swap the dates.</source>
            <translation>La période se termine avant de commencer ; inversez les dates.</translation>
        </message>
        <message>
            <source>History of {customer}</source>
            <translation>Historique de {customer}</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produits</translation>
        </message>
        <message>
            <source>new</source>
            <comment>an import row's status</comment>
            <translation>nouveau</translation>
        </message>
        <message>
            <source>already here</source>
            <comment>an import row's status</comment>
            <translation>déjà présent</translation>
        </message>
        <message>
            <source>update</source>
            <comment>an import row's status</comment>
            <translation>mise à jour</translation>
        </message>
        <message>
            <source>error</source>
            <comment>an import row's status</comment>
            <translation>erreur</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Import</source>
            <comment>the button that starts it</comment>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Some rows have problems: correct the file, or tick 'Skip the rows with problems'.</source>
            <translation>Certaines lignes posent problème : corrigez le fichier ou cochez « Ignorer les lignes en erreur ».</translation>
        </message>
        <message>
            <source>Cancelling… nothing will be saved.</source>
            <translation>Annulation… rien ne sera enregistré.</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>Choisir le fichier</translation>
        </message>
        <message>
            <source>CSV, Excel (.xlsx, .xls), LibreOffice (.ods) or contacts exported as vCard (.vcf).</source>
            <translation>CSV, Excel (.xlsx, .xls), LibreOffice (.ods) ou contacts exportés en vCard (.vcf).</translation>
        </message>
        <message>
            <source>What it holds</source>
            <translation>Ce qu'il contient</translation>
        </message>
        <message>
            <source>The file to import</source>
            <translation>Le fichier à importer</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Feuille</translation>
        </message>
        <message>
            <source>Customer files (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.vcf);;All files (*)</source>
            <translation>Fichiers clients (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.vcf);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Lecture de {file}…</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>Le fichier ne peut pas être lu.</translation>
        </message>
        <message>
            <source>{file}. Column names found on line {line}: {columns}</source>
            <translation>{file}. Noms de colonnes trouvés à la ligne {line} : {columns}</translation>
        </message>
        <message>
            <source>Which column holds what</source>
            <translation>Quelle colonne contient quoi</translation>
        </message>
        <message>
            <source>Guessed from the column names; the choice is remembered for next time.</source>
            <translation>Déduit des noms de colonnes ; le choix est mémorisé pour la prochaine fois.</translation>
        </message>
        <message>
            <source>Save the mapping…</source>
            <translation>Enregistrer la correspondance…</translation>
        </message>
        <message>
            <source>Load a mapping…</source>
            <translation>Charger une correspondance…</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(non importé)</translation>
        </message>
        <message>
            <source>{field} *</source>
            <translation>{field} *</translation>
        </message>
        <message>
            <source>Choose when the file needs it</source>
            <translation>À choisir si le fichier l'exige</translation>
        </message>
        <message>
            <source>Point: 1234.50</source>
            <translation>Point : 1234.50</translation>
        </message>
        <message>
            <source>Comma: 1234,50</source>
            <translation>Virgule : 1234,50</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Decimal separator</source>
            <translation>Séparateur décimal</translation>
        </message>
        <message>
            <source>Save the mapping</source>
            <translation>Enregistrer la correspondance</translation>
        </message>
        <message>
            <source>Mapping (*.json)</source>
            <translation>Correspondance (*.json)</translation>
        </message>
        <message>
            <source>The mapping cannot be saved: {reason}.</source>
            <translation>La correspondance ne peut pas être enregistrée : {reason}.</translation>
        </message>
        <message>
            <source>Load a mapping</source>
            <translation>Charger une correspondance</translation>
        </message>
        <message>
            <source>Check before importing</source>
            <translation>Vérifier avant d'importer</translation>
        </message>
        <message>
            <source>Nothing is saved until you click Import.</source>
            <translation>Rien n'est enregistré tant que vous n'avez pas cliqué sur Importer.</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Lecture du fichier…</translation>
        </message>
        <message>
            <source>Leave what is already here as it is</source>
            <translation>Laisser tel quel ce qui est déjà présent</translation>
        </message>
        <message>
            <source>Update it from the file</source>
            <translation>Le mettre à jour d'après le fichier</translation>
        </message>
        <message>
            <source>Skip the rows with problems</source>
            <translation>Ignorer les lignes en erreur</translation>
        </message>
        <message>
            <source>Sales: only schedule follow-ups still ahead</source>
            <translation>Ventes : ne programmer que les suivis encore à venir</translation>
        </message>
        <message>
            <source>&amp;Cancel the import</source>
            <translation>&amp;Annuler l'importation</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Vérifier à nouveau</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>Vérification de chaque ligne…</translation>
        </message>
        <message>
            <source>Stop &amp;checking</source>
            <translation>Arrêter la &amp;vérification</translation>
        </message>
        <message>
            <source>Checking stopped. Nothing was saved; click Check again to see the rows.</source>
            <translation>Vérification arrêtée. Rien n'a été enregistré ; cliquez sur Vérifier à nouveau pour voir les lignes.</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Already here — {duplicate}</source>
            <translation>Déjà présent — {duplicate}</translation>
        </message>
        <message>
            <source>No problems, nothing already here.</source>
            <translation>Aucun problème, rien de déjà présent.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importation…</translation>
        </message>
        <message>
            <source>Start diagnosis</source>
            <translation>Commencer le diagnostic</translation>
        </message>
        <message>
            <source>Waiting for parts</source>
            <translation>En attente de pièces</translation>
        </message>
        <message>
            <source>Waiting for customer</source>
            <translation>En attente du client</translation>
        </message>
        <message>
            <source>Repairing</source>
            <translation>En réparation</translation>
        </message>
        <message>
            <source>Ready for pickup</source>
            <translation>Prêt à retirer</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>Retiré</translation>
        </message>
        <message>
            <source>Cancel job…</source>
            <translation>Annuler l'intervention…</translation>
        </message>
        <message>
            <source>As the warranty check says</source>
            <translation>Selon la vérification de garantie</translation>
        </message>
        <message>
            <source>Covered: the shop pays</source>
            <translation>Sous garantie : le magasin paie</translation>
        </message>
        <message>
            <source>Billable: the customer pays</source>
            <translation>Facturable : le client paie</translation>
        </message>
        <message>
            <source>Goodwill: free, not a warranty claim</source>
            <translation>Geste commercial : gratuit, hors garantie</translation>
        </message>
        <message>
            <source>Low</source>
            <comment>a priority</comment>
            <translation>Basse</translation>
        </message>
        <message>
            <source>Normal</source>
            <comment>a priority</comment>
            <translation>Normale</translation>
        </message>
        <message>
            <source>High</source>
            <comment>a priority</comment>
            <translation>Haute</translation>
        </message>
        <message>
            <source>Urgent</source>
            <comment>a priority</comment>
            <translation>Urgente</translation>
        </message>
        <message>
            <source>open</source>
            <comment>a promise</comment>
            <translation>en cours</translation>
        </message>
        <message>
            <source>kept</source>
            <comment>a promise</comment>
            <translation>tenu</translation>
        </message>
        <message>
            <source>broken</source>
            <comment>a promise</comment>
            <translation>non tenu</translation>
        </message>
        <message>
            <source>cancelled</source>
            <comment>a promise</comment>
            <translation>annulé</translation>
        </message>
        <message>
            <source>covered</source>
            <comment>warranty found at intake</comment>
            <translation>sous garantie</translation>
        </message>
        <message>
            <source>expired</source>
            <comment>warranty found at intake</comment>
            <translation>expirée</translation>
        </message>
        <message>
            <source>not sold here</source>
            <comment>warranty found at intake</comment>
            <translation>non vendu ici</translation>
        </message>
        <message>
            <source>unknown</source>
            <comment>warranty found at intake</comment>
            <translation>inconnue</translation>
        </message>
        <message>
            <source>covered</source>
            <comment>who pays for a job</comment>
            <translation>sous garantie</translation>
        </message>
        <message>
            <source>billable</source>
            <comment>who pays for a job</comment>
            <translation>facturable</translation>
        </message>
        <message>
            <source>goodwill</source>
            <comment>who pays for a job</comment>
            <translation>geste commercial</translation>
        </message>
        <message>
            <source>scheduled</source>
            <comment>a visit</comment>
            <translation>prévue</translation>
        </message>
        <message>
            <source>done</source>
            <comment>a visit</comment>
            <translation>effectuée</translation>
        </message>
        <message>
            <source>cancelled</source>
            <comment>a visit</comment>
            <translation>annulée</translation>
        </message>
        <message>
            <source>New service job</source>
            <translation>Nouvelle intervention</translation>
        </message>
        <message>
            <source>service job</source>
            <translation>intervention</translation>
        </message>
        <message>
            <source>Another unit (type it below)</source>
            <translation>Autre appareil (saisissez-le ci-dessous)</translation>
        </message>
        <message>
            <source>Make and model, e.g. Samsung Galaxy A54</source>
            <translation>Marque et modèle, par ex. Samsung Galaxy A54</translation>
        </message>
        <message>
            <source>Serial or IMEI (scan it): the warranty is looked up</source>
            <translation>Numéro de série ou IMEI (scannez-le) : la garantie est recherchée</translation>
        </message>
        <message>
            <source>Why the decision differs from the warranty check</source>
            <translation>Pourquoi la décision diffère de la vérification de garantie</translation>
        </message>
        <message>
            <source>What the customer says is wrong, in their words</source>
            <translation>Ce que le client dit ne pas fonctionner, avec ses mots</translation>
        </message>
        <message>
            <source>Charger, case, SIM card… (what stays with the unit)</source>
            <translation>Chargeur, coque, carte SIM… (ce qui reste avec l'appareil)</translation>
        </message>
        <message>
            <source>Scratches, dents, cracked glass…</source>
            <translation>Rayures, bosses, vitre fêlée…</translation>
        </message>
        <message>
            <source>No preference</source>
            <translation>Pas de préférence</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Appel téléphonique</translation>
        </message>
        <message>
            <source>Message</source>
            <comment>how a contact happened</comment>
            <translation>Message</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Not assigned yet</source>
            <translation>Pas encore attribué</translation>
        </message>
        <message>
            <source>Promise a date</source>
            <translation>Promettre une date</translation>
        </message>
        <message>
            <source>Unit sold here</source>
            <translation>Appareil vendu ici</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Appareil</translation>
        </message>
        <message>
            <source>Serial / IMEI</source>
            <translation>N° de série / IMEI</translation>
        </message>
        <message>
            <source>Who pays</source>
            <translation>Prise en charge</translation>
        </message>
        <message>
            <source>Reported problem</source>
            <translation>Problème signalé</translation>
        </message>
        <message>
            <source>Accessories left</source>
            <translation>Accessoires laissés</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Contact by</source>
            <translation>Contacter par</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technicien</translation>
        </message>
        <message>
            <source>Ready by</source>
            <translation>Prêt le</translation>
        </message>
        <message>
            <source>{warranty} · bought by another customer</source>
            <translation>{warranty} · acheté par un autre client</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Qty / h</source>
            <translation>Qté / h</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Prix unitaire</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>Payé par</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Pièce</translation>
        </message>
        <message>
            <source>Labour</source>
            <translation>Main-d'œuvre</translation>
        </message>
        <message>
            <source>warranty</source>
            <comment>who pays for a line</comment>
            <translation>garantie</translation>
        </message>
        <message>
            <source>customer</source>
            <comment>who pays for a line</comment>
            <translation>client</translation>
        </message>
        <message>
            <source>Add a part or labour</source>
            <translation>Ajouter une pièce ou de la main-d'œuvre</translation>
        </message>
        <message>
            <source>part or labour</source>
            <translation>pièce ou main-d'œuvre</translation>
        </message>
        <message>
            <source>Labour (hours)</source>
            <translation>Main-d'œuvre (heures)</translation>
        </message>
        <message>
            <source>what it costs the shop, e.g. {amount}</source>
            <translation>ce que cela coûte au magasin, par ex. {amount}</translation>
        </message>
        <message>
            <source>what the customer would pay, e.g. {amount}</source>
            <translation>ce que le client paierait, par ex. {amount}</translation>
        </message>
        <message>
            <source>Covered by the warranty (the shop pays)</source>
            <translation>Couvert par la garantie (le magasin paie)</translation>
        </message>
        <message>
            <source>Quantity / hours</source>
            <translation>Quantité / heures</translation>
        </message>
        <message>
            <source>Unit cost</source>
            <translation>Coût unitaire</translation>
        </message>
        <message>
            <source>Quantity: “{text}” is not a number like 1 or 0.5.</source>
            <translation>Quantité : « {text} » n'est pas un nombre comme 1 ou 0,5.</translation>
        </message>
        <message>
            <source>Schedule a visit</source>
            <translation>Programmer une visite</translation>
        </message>
        <message>
            <source>visit</source>
            <translation>visite</translation>
        </message>
        <message>
            <source>Not assigned</source>
            <translation>Non attribuée</translation>
        </message>
        <message>
            <source>From</source>
            <comment>a time</comment>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <comment>a time</comment>
            <translation>À</translation>
        </message>
        <message>
            <source>At the customer's (on site)</source>
            <translation>Chez le client (sur place)</translation>
        </message>
        <message>
            <source>Blank: the customer's address</source>
            <translation>Vide : l'adresse du client</translation>
        </message>
        <message>
            <source>to</source>
            <comment>between two times</comment>
            <translation>à</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>Changes are saved in this person's name; switch at the bottom of the main window.</source>
            <translation>Les modifications sont enregistrées au nom de cette personne ; changez-la en bas de la fenêtre principale.</translation>
        </message>
        <message>
            <source>Move to:</source>
            <translation>Passer à :</translation>
        </message>
        <message>
            <source>Parts and labour</source>
            <translation>Pièces et main-d'œuvre</translation>
        </message>
        <message>
            <source>Add part or labour…</source>
            <translation>Ajouter une pièce ou de la main-d'œuvre…</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Supprimer la ligne</translation>
        </message>
        <message>
            <source>Take the selected line off (kept in the job's audit trail)</source>
            <translation>Retirer la ligne sélectionnée (conservée dans le journal des modifications de l'intervention)</translation>
        </message>
        <message>
            <source>Technician's notes</source>
            <translation>Notes du technicien</translation>
        </message>
        <message>
            <source>Save notes</source>
            <translation>Enregistrer les notes</translation>
        </message>
        <message>
            <source>Diagnosis</source>
            <translation>Diagnostic</translation>
        </message>
        <message>
            <source>Work done</source>
            <translation>Travail effectué</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Liste de contrôle</translation>
        </message>
        <message>
            <source>Apply a procedure…</source>
            <translation>Appliquer une procédure…</translation>
        </message>
        <message>
            <source>Schedule a visit…</source>
            <translation>Programmer une visite…</translation>
        </message>
        <message>
            <source>Visit done…</source>
            <translation>Visite effectuée…</translation>
        </message>
        <message>
            <source>Cancel visit</source>
            <translation>Annuler la visite</translation>
        </message>
        <message>
            <source>Move ready-by date…</source>
            <translation>Déplacer la date prévue…</translation>
        </message>
        <message>
            <source>Record exchange…</source>
            <translation>Enregistrer un échange…</translation>
        </message>
        <message>
            <source>Another promise about this job, e.g. “we call you Friday”</source>
            <translation>Un autre engagement sur cette intervention, par ex. « nous vous appelons vendredi »</translation>
        </message>
        <message>
            <source>Print job sheet…</source>
            <translation>Imprimer la fiche d'intervention…</translation>
        </message>
        <message>
            <source>Print receipt…</source>
            <translation>Imprimer le reçu…</translation>
        </message>
        <message>
            <source>The intake receipt for the customer (format: File → Shop details)</source>
            <translation>Le reçu de dépôt pour le client (format : Fichier → Coordonnées du magasin)</translation>
        </message>
        <message>
            <source>Print label…</source>
            <translation>Imprimer l'étiquette…</translation>
        </message>
        <message>
            <source>A label for the unit: the job's, or the serial's</source>
            <translation>Une étiquette pour l'appareil : celle de l'intervention, ou celle du numéro de série</translation>
        </message>
        <message>
            <source>Job label</source>
            <translation>Étiquette d'intervention</translation>
        </message>
        <message>
            <source>Serial label</source>
            <translation>Étiquette de numéro de série</translation>
        </message>
        <message>
            <source>saving the notes shows their change beside yours.</source>
            <translation>enregistrer les notes affiche sa modification à côté de la vôtre.</translation>
        </message>
        <message>
            <source>You: {person}</source>
            <translation>Vous : {person}</translation>
        </message>
        <message>
            <source>You: not chosen yet</source>
            <translation>Vous : pas encore choisi</translation>
        </message>
        <message>
            <source>&lt;b style='font-size:15pt'&gt;{number}&lt;/b&gt; &amp;nbsp; {unit} &amp;nbsp; &lt;span style='color:{muted}'&gt;for {customer}&lt;/span&gt;</source>
            <translation>&lt;b style='font-size:15pt'&gt;{number}&lt;/b&gt; &amp;nbsp; {unit} &amp;nbsp; &lt;span style='color:{muted}'&gt;pour {customer}&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Statut : {status}</translation>
        </message>
        <message>
            <source>Serial: {serial} → replaced by {replacement}</source>
            <translation>N° de série : {serial} → remplacé par {replacement}</translation>
        </message>
        <message>
            <source>Serial: {serial}</source>
            <translation>N° de série : {serial}</translation>
        </message>
        <message>
            <source>Warranty at intake: {status}; now: {found}</source>
            <translation>Garantie à la réception : {status} ; maintenant : {found}</translation>
        </message>
        <message>
            <source>Who pays: {decision} (override: {reason})</source>
            <translation>Prise en charge : {decision} (dérogation : {reason})</translation>
        </message>
        <message>
            <source>Who pays: {decision}</source>
            <translation>Prise en charge : {decision}</translation>
        </message>
        <message>
            <source>Problem: {problem}</source>
            <translation>Problème : {problem}</translation>
        </message>
        <message>
            <source>Ready by {date} · {promise} · {status}</source>
            <translation>Prêt le {date} · {promise} · {status}</translation>
        </message>
        <message>
            <source>moved {old} → {new}: {reason}</source>
            <translation>déplacé {old} → {new} : {reason}</translation>
        </message>
        <message>
            <source>Closed {date}</source>
            <translation>Clôturée le {date}</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clôturée</translation>
        </message>
        <message>
            <source>Last action today</source>
            <translation>Dernière action aujourd'hui</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) since the last action</source>
            <translation>
                <numerusform>%n jour depuis la dernière action</numerusform>
                <numerusform>%n jours depuis la dernière action</numerusform>
            </translation>
        </message>
        <message>
            <source>Parts {parts} · labour {labour} · customer pays {billable} · warranty cost to the shop {covered}</source>
            <translation>Pièces {parts} · main-d'œuvre {labour} · à la charge du client {billable} · coût de la garantie pour le magasin {covered}</translation>
        </message>
        <message>
            <source>Ticked {when}</source>
            <translation>Coché {when}</translation>
        </message>
        <message>
            <source>No checklist yet: apply a procedure</source>
            <translation>Pas encore de liste de contrôle : appliquez une procédure</translation>
        </message>
        <message>
            <source>no technician</source>
            <translation>aucun technicien</translation>
        </message>
        <message>
            <source>Cancel the job</source>
            <translation>Annuler l'intervention</translation>
        </message>
        <message>
            <source>Why is the job cancelled?</source>
            <translation>Pourquoi l'intervention est-elle annulée ?</translation>
        </message>
        <message>
            <source>Select the line to remove first.</source>
            <translation>Sélectionnez d'abord la ligne à supprimer.</translation>
        </message>
        <message>
            <source>Select a visit in the list first.</source>
            <translation>Sélectionnez d'abord une visite dans la liste.</translation>
        </message>
        <message>
            <source>Visit done</source>
            <translation>Visite effectuée</translation>
        </message>
        <message>
            <source>What was done?</source>
            <translation>Qu'est-ce qui a été fait ?</translation>
        </message>
        <message>
            <source>There are no procedures yet; add one from the Service page (Procedures…).</source>
            <translation>Il n'y a pas encore de procédure ; ajoutez-en une depuis la page Interventions (Procédures…).</translation>
        </message>
        <message>
            <source>Apply a procedure</source>
            <translation>Appliquer une procédure</translation>
        </message>
        <message>
            <source>Procedure:</source>
            <translation>Procédure :</translation>
        </message>
        <message>
            <source>Record an exchange</source>
            <translation>Enregistrer un échange</translation>
        </message>
        <message>
            <source>Serial or IMEI of the replacement unit
(the warranty end of the original sale is kept):</source>
            <translation>Numéro de série ou IMEI de l'appareil de remplacement
(la fin de garantie de la vente d'origine est conservée) :</translation>
        </message>
        <message>
            <source>The replacement keeps the original warranty end, {date}. Keep it?</source>
            <translation>L'appareil de remplacement garde la fin de garantie d'origine, le {date}. La conserver ?</translation>
        </message>
        <message>
            <source>New warranty end (YYYY-MM-DD):</source>
            <translation>Nouvelle fin de garantie (AAAA-MM-JJ) :</translation>
        </message>
        <message>
            <source>Why does the replacement's warranty end differ?</source>
            <translation>Pourquoi la fin de garantie de l'appareil de remplacement est-elle différente ?</translation>
        </message>
        <message>
            <source>Record a promise</source>
            <translation>Enregistrer un engagement</translation>
        </message>
        <message>
            <source>What was promised?</source>
            <translation>Qu'est-ce qui a été promis ?</translation>
        </message>
        <message>
            <source>By when? (YYYY-MM-DD)</source>
            <translation>Pour quand ? (AAAA-MM-JJ)</translation>
        </message>
        <message>
            <source>Move the ready-by date</source>
            <translation>Déplacer la date prévue</translation>
        </message>
        <message>
            <source>the job's ready-by</source>
            <translation>la date prévue de l'intervention</translation>
        </message>
        <message>
            <source>Job sheet {number}</source>
            <translation>Fiche d'intervention {number}</translation>
        </message>
        <message>
            <source>Serial label ({serial})</source>
            <translation>Étiquette de numéro de série ({serial})</translation>
        </message>
        <message>
            <source>Serial label (no serial)</source>
            <translation>Étiquette de numéro de série (sans numéro)</translation>
        </message>
        <message>
            <source>This unit has no serial number to print.</source>
            <translation>Cet appareil n'a pas de numéro de série à imprimer.</translation>
        </message>
        <message>
            <source>Print the label</source>
            <translation>Imprimer l'étiquette</translation>
        </message>
        <message>
            <source>Print the receipt</source>
            <translation>Imprimer le reçu</translation>
        </message>
        <message>
            <source>Intake receipt</source>
            <translation>Reçu de dépôt</translation>
        </message>
        <message>
            <source>Print the intake receipt of {job} for the customer?</source>
            <translation>Imprimer le reçu de dépôt de {job} pour le client ?</translation>
        </message>
        <message>
            <source>Tell the customer · {ref}</source>
            <translation>Prévenir le client · {ref}</translation>
        </message>
        <message>
            <source>Tell the customer</source>
            <translation>Prévenir le client</translation>
        </message>
        <message>
            <source>Check the message, then send it, copy it or open it in your e-mail program:</source>
            <translation>Vérifiez le message, puis envoyez-le, copiez-le ou ouvrez-le dans votre logiciel de messagerie :</translation>
        </message>
        <message>
            <source>Send by &amp;e-mail</source>
            <translation>Envoyer par &amp;e-mail</translation>
        </message>
        <message>
            <source>Send by &amp;SMS</source>
            <translation>Envoyer par &amp;SMS</translation>
        </message>
        <message>
            <source>&amp;Copy and log as sent</source>
            <translation>&amp;Copier et noter comme envoyé</translation>
        </message>
        <message>
            <source>&amp;Open in e-mail…</source>
            <translation>&amp;Ouvrir dans la messagerie…</translation>
        </message>
        <message>
            <source>The customer has no e-mail address</source>
            <translation>Le client n'a pas d'adresse e-mail</translation>
        </message>
        <message>
            <source>Your repair {job}</source>
            <translation>Votre réparation {job}</translation>
        </message>
        <message>
            <source>News from the shop</source>
            <translation>Des nouvelles du magasin</translation>
        </message>
        <message>
            <source>Send it now from the shop to {recipient}</source>
            <translation>L'envoyer maintenant depuis le magasin à {recipient}</translation>
        </message>
        <message>
            <source>As an SMS: {size}</source>
            <translation>En SMS : {size}</translation>
        </message>
        <message>
            <source>Already in the outbox</source>
            <translation>Déjà dans la boîte d'envoi</translation>
        </message>
        <message>
            <source>Not sent yet: {error} It is in the outbox (Settings → Outbox), tried again by itself.</source>
            <translation>Pas encore envoyé : {error} Il est dans la boîte d'envoi (Paramètres → Boîte d'envoi) et sera renvoyé automatiquement.</translation>
        </message>
        <message>
            <source>the server did not take it</source>
            <translation>le serveur ne l'a pas accepté</translation>
        </message>
        <message>
            <source>Not sent: {error}</source>
            <translation>Non envoyé : {error}</translation>
        </message>
        <message>
            <source>No e-mail program answered; the message is copied instead.</source>
            <translation>Aucun logiciel de messagerie n'a répondu ; le message est copié à la place.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>The language of the window, of the printed documents and of the command line on this computer. A customer whose record names a language gets their documents in it.</source>
            <translation>La langue de la fenêtre, des documents imprimés et de la ligne de commande sur cet ordinateur. Un client dont la fiche indique une langue reçoit ses documents dans cette langue.</translation>
        </message>
        <message>
            <source>As the computer ({language})</source>
            <translation>Comme l'ordinateur ({language})</translation>
        </message>
        <message>
            <source>It takes effect when crm_desktop starts again.</source>
            <translation>La modification prend effet au prochain démarrage de crm_desktop.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Interventions</translation>
        </message>
        <message>
            <source>Warranties</source>
            <translation>Garanties</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>&amp;New customer…</source>
            <translation>&amp;Nouveau client…</translation>
        </message>
        <message>
            <source>New &amp;sale…</source>
            <translation>Nouvelle &amp;vente…</translation>
        </message>
        <message>
            <source>New service &amp;job…</source>
            <translation>Nouvelle interven&amp;tion…</translation>
        </message>
        <message>
            <source>On a customer's page: take a unit in; elsewhere: scan its serial</source>
            <translation>Sur la page d'un client : réceptionner un appareil ; ailleurs : scanner son numéro de série</translation>
        </message>
        <message>
            <source>New &amp;request…</source>
            <translation>Nouvelle &amp;demande…</translation>
        </message>
        <message>
            <source>On a customer's page: something they ask the shop to do or solve (an activation, a duplicate SIM, a complaint…); elsewhere: find the customer first</source>
            <translation>Sur la page d'un client : ce qu'il demande au magasin de faire ou de résoudre (une activation, un duplicata de carte SIM, une réclamation…) ; ailleurs : trouvez d'abord le client</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Rechercher…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Im&amp;primer…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <source>Customers, sales, follow-ups, jobs, requests, contacts (CSV, Excel); the calendar; vCards</source>
            <translation>Clients, ventes, suivis, interventions, demandes, contacts (CSV, Excel) ; le calendrier ; les vCards</translation>
        </message>
        <message>
            <source>The customer's history, the day's job sheets on the Service page, or the metrics on Reports</source>
            <translation>L'historique du client, les fiches d'intervention du jour sur la page Interventions, ou les indicateurs dans Rapports</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;About crm_desktop</source>
            <translation>À &amp;propos de crm_desktop</translation>
        </message>
        <message>
            <source>Shop &amp;details…</source>
            <translation>&amp;Coordonnées du magasin…</translation>
        </message>
        <message>
            <source>Shop ser&amp;ver…</source>
            <translation>Serve&amp;ur du magasin…</translation>
        </message>
        <message>
            <source>Share the shop between several computers on a PostgreSQL server</source>
            <translation>Partager le magasin entre plusieurs ordinateurs sur un serveur PostgreSQL</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>Explore a sample s&amp;hop</source>
            <translation>Découvrir un magasin d'e&amp;xemple</translation>
        </message>
        <message>
            <source>Back to &amp;my shop's database</source>
            <translation>Revenir à la base de &amp;mon magasin</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>A&amp;ller à</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Include the archive</source>
            <translation>Inclure les archives</translation>
        </message>
        <message>
            <source>Also find archived customers (merged duplicates, old accounts)</source>
            <translation>Trouver aussi les clients archivés (doublons fusionnés, anciens comptes)</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>This copy can't be changed: {reason}. You can look customers up and print; saving is refused. To work in it, copy it to a folder you can write in, or ask for write access.</source>
            <translation>Cette copie ne peut pas être modifiée : {reason}. Vous pouvez consulter les clients et imprimer ; l'enregistrement est refusé. Pour y travailler, copiez-la dans un dossier où vous pouvez écrire, ou demandez un accès en écriture.</translation>
        </message>
        <message>
            <source>Database: {database}</source>
            <translation>Base de données : {database}</translation>
        </message>
        <message>
            <source>Changes made on other workstations no longer appear by themselves: reopen the app.</source>
            <translation>Les modifications faites sur les autres postes n'apparaissent plus d'elles-mêmes : rouvrez l'application.</translation>
        </message>
        <message>
            <source>Updated with what another workstation saved.</source>
            <translation>Mis à jour avec ce qu'un autre poste a enregistré.</translation>
        </message>
        <message>
            <source>Nothing due today</source>
            <translation>Rien de prévu aujourd'hui</translation>
        </message>
        <message>
            <source>&lt;b style='color:{color}'&gt;{overdue} overdue&lt;/b&gt; · &lt;b&gt;{due_today} due today&lt;/b&gt; — see Today (Ctrl+1)</source>
            <translation>&lt;b style='color:{color}'&gt;{overdue} en retard&lt;/b&gt; · &lt;b&gt;{due_today} pour aujourd'hui&lt;/b&gt; — voir Aujourd'hui (Ctrl+1)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{due_today} due today&lt;/b&gt; — see Today (Ctrl+1)</source>
            <translation>&lt;b&gt;{due_today} pour aujourd'hui&lt;/b&gt; — voir Aujourd'hui (Ctrl+1)</translation>
        </message>
        <message>
            <source>Today's automatic backup is made: {file}. {problem}</source>
            <translation>La sauvegarde automatique du jour est faite : {file}. {problem}</translation>
        </message>
        <message>
            <source>Today's automatic backup is made: {file}</source>
            <translation>La sauvegarde automatique du jour est faite : {file}</translation>
        </message>
        <message>
            <source>Today's automatic backup could not be made: {reason}</source>
            <translation>La sauvegarde automatique du jour n'a pas pu être faite : {reason}</translation>
        </message>
        <message>
            <source>Scan or type the unit's serial, or open the customer's page first.</source>
            <translation>Scannez ou saisissez le numéro de série de l'appareil, ou ouvrez d'abord la page du client.</translation>
        </message>
        <message>
            <source>Find the customer (name, phone…) and open them, then New request… (Ctrl+R).</source>
            <translation>Trouvez le client (nom, téléphone…) et ouvrez sa fiche, puis Nouvelle demande… (Ctrl+R).</translation>
        </message>
        <message>
            <source>To print, open a customer's page (their history), Service (the day's job sheets) or Reports (the metrics).</source>
            <translation>Pour imprimer, ouvrez la page d'un client (son historique), Interventions (les fiches d'intervention du jour) ou Rapports (les indicateurs).</translation>
        </message>
        <message>
            <source>Sample shop: these customers and sales are made up, for looking around. Your own data is in its own database (File → Back to my shop's database).</source>
            <translation>Magasin d'exemple : ces clients et ces ventes sont fictifs, pour découvrir le logiciel. Vos propres données sont dans leur propre base (Fichier → Revenir à la base de mon magasin).</translation>
        </message>
        <message>
            <source>Sample shop: these customers and sales are made up, for looking around. Keep your own shop's records in a database of their own, not in this one.</source>
            <translation>Magasin d'exemple : ces clients et ces ventes sont fictifs, pour découvrir le logiciel. Gardez les données de votre magasin dans une base à part, pas dans celle-ci.</translation>
        </message>
        <message>
            <source>{shop} — crm_desktop</source>
            <translation>{shop} — crm_desktop</translation>
        </message>
        <message>
            <source>New sale</source>
            <translation>Nouvelle vente</translation>
        </message>
        <message>
            <source>Open the customer first (search with Ctrl+K, or Ctrl+N for a new one), then choose New sale.</source>
            <translation>Ouvrez d'abord le client (recherche avec Ctrl+K, ou Ctrl+N pour un nouveau), puis choisissez Nouvelle vente.</translation>
        </message>
        <message>
            <source>Preparing the sample shop…</source>
            <translation>Préparation du magasin d'exemple…</translation>
        </message>
        <message>
            <source>Sample shop</source>
            <translation>Magasin d'exemple</translation>
        </message>
        <message>
            <source>About crm_desktop</source>
            <translation>À propos de crm_desktop</translation>
        </message>
        <message>
            <source>&lt;b&gt;crm_desktop {version}&lt;/b&gt;&lt;br&gt;After-sales service for small shops.&lt;br&gt;&lt;br&gt;Database: {database}&lt;br&gt;Data folder: {data_folder}&lt;br&gt;Backups: {backups}&lt;br&gt;Schema revision: {revision}</source>
            <translation>&lt;b&gt;crm_desktop {version}&lt;/b&gt;&lt;br&gt;Le service après-vente des petits magasins.&lt;br&gt;&lt;br&gt;Base de données : {database}&lt;br&gt;Dossier des données : {data_folder}&lt;br&gt;Sauvegardes : {backups}&lt;br&gt;Révision du schéma : {revision}</translation>
        </message>
        <message>
            <source>Merge a duplicate</source>
            <translation>Fusionner un doublon</translation>
        </message>
        <message>
            <source>Find the duplicate of &lt;b&gt;{customer}&lt;/b&gt;. All its sales, service jobs, promises, follow-ups and contacts move here; the duplicate is archived with a note saying where it went.</source>
            <translation>Trouvez le doublon de &lt;b&gt;{customer}&lt;/b&gt;. Toutes ses ventes, interventions, engagements, suivis et contacts sont transférés ici ; le doublon est archivé avec une note indiquant où ils sont allés.</translation>
        </message>
        <message>
            <source>name, phone or email of the duplicate</source>
            <translation>nom, téléphone ou e-mail du doublon</translation>
        </message>
        <message>
            <source>Merge into this customer</source>
            <translation>Fusionner dans ce client</translation>
        </message>
        <message>
            <source>Merge customers</source>
            <translation>Fusionner les clients</translation>
        </message>
        <message>
            <source>Move everything of “{duplicate}” (#{duplicate_id}) into “{customer}” (#{customer_id}) and archive the duplicate? This cannot be undone in one click.</source>
            <translation>Transférer tout ce qui concerne « {duplicate} » (n° {duplicate_id}) vers « {customer} » (n° {customer_id}) et archiver le doublon ? Cette opération ne peut pas être annulée en un clic.</translation>
        </message>
        <message>
            <source>STARTTLS (port 587, the usual)</source>
            <translation>STARTTLS (port 587, le plus courant)</translation>
        </message>
        <message>
            <source>TLS from the start (port 465)</source>
            <translation>TLS dès le départ (port 465)</translation>
        </message>
        <message>
            <source>None: a server on the shop's own network only</source>
            <translation>Aucune : serveur uniquement sur le réseau du magasin</translation>
        </message>
        <message>
            <source>Waiting</source>
            <comment>state of a message</comment>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Sending</source>
            <comment>state of a message</comment>
            <translation>Envoi en cours</translation>
        </message>
        <message>
            <source>Sent</source>
            <comment>state of a message</comment>
            <translation>Envoyé</translation>
        </message>
        <message>
            <source>Failed</source>
            <comment>state of a message</comment>
            <translation>Échec</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <comment>state of a message</comment>
            <translation>Retiré</translation>
        </message>
        <message>
            <source>message settings</source>
            <translation>paramètres des messages</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Messages</translation>
        </message>
        <message>
            <source>crm_desktop can tell customers that their job is ready, that a promised date moved, or ask how their product works — by e-mail through your own mail server, and by SMS through your SMS provider. Passwords are kept in this computer's keyring, never in the shop's file.</source>
            <translation>crm_desktop peut prévenir les clients que leur intervention est terminée, qu'une date promise a changé, ou leur demander si leur produit leur donne satisfaction — par e-mail via votre propre serveur de messagerie, et par SMS via votre fournisseur de SMS. Les mots de passe sont conservés dans le trousseau (keyring) de cet ordinateur, jamais dans le fichier du magasin.</translation>
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
            <translation>smtp.example.com (votre fournisseur de messagerie vous l'indique)</translation>
        </message>
        <message>
            <source>the usual one</source>
            <translation>le port habituel</translation>
        </message>
        <message>
            <source>usually the shop's e-mail address</source>
            <translation>en général l'adresse e-mail du magasin</translation>
        </message>
        <message>
            <source>shop@example.com: customers see it and can reply to it</source>
            <translation>boutique@example.com : les clients la voient et peuvent y répondre</translation>
        </message>
        <message>
            <source>default: the shop's name</source>
            <translation>par défaut : le nom du magasin</translation>
        </message>
        <message>
            <source>Mail &amp;server</source>
            <translation>Ser&amp;veur de messagerie</translation>
        </message>
        <message>
            <source>Se&amp;curity</source>
            <translation>Sé&amp;curité</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>&amp;Port</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>Nom d'&amp;utilisateur</translation>
        </message>
        <message>
            <source>Pass&amp;word</source>
            <translation>M&amp;ot de passe</translation>
        </message>
        <message>
            <source>&amp;From address</source>
            <translation>&amp;Adresse d'expéditeur</translation>
        </message>
        <message>
            <source>From &amp;name</source>
            <translation>&amp;Nom d'expéditeur</translation>
        </message>
        <message>
            <source>Save e-mail settings</source>
            <translation>Enregistrer les paramètres e-mail</translation>
        </message>
        <message>
            <source>your own address</source>
            <translation>votre propre adresse</translation>
        </message>
        <message>
            <source>Send a &amp;test message</source>
            <translation>Envoyer un message de &amp;test</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>À :</translation>
        </message>
        <message>
            <source>Your SMS provider's documentation gives its web address and the names of its fields. Write each field as name=value; {to} is the customer's mobile number, {text} the message, {sender} the sender name.</source>
            <translation>La documentation de votre fournisseur de SMS indique son adresse web et le nom de ses champs. Écrivez chaque champ sous la forme nom=valeur ; {to} est le numéro de mobile du client, {text} le message, {sender} le nom de l'expéditeur.</translation>
        </message>
        <message>
            <source>POST as a form</source>
            <translation>POST en formulaire</translation>
        </message>
        <message>
            <source>POST as JSON</source>
            <translation>POST en JSON</translation>
        </message>
        <message>
            <source>up to 11 letters, e.g. VeloCo</source>
            <translation>11 lettres maximum, par ex. VeloCo</translation>
        </message>
        <message>
            <source>e.g. Bearer 1234abcd (kept in the keyring)</source>
            <translation>par ex. Bearer 1234abcd (conservé dans le trousseau)</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Adresse</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>&amp;Méthode</translation>
        </message>
        <message>
            <source>&amp;Fields</source>
            <translation>&amp;Champs</translation>
        </message>
        <message>
            <source>Sender &amp;name</source>
            <translation>&amp;Nom d'expéditeur</translation>
        </message>
        <message>
            <source>Authentication &amp;header</source>
            <translation>En-tête d'aut&amp;hentification</translation>
        </message>
        <message>
            <source>Its &amp;value</source>
            <translation>Sa &amp;valeur</translation>
        </message>
        <message>
            <source>Save SMS settings</source>
            <translation>Enregistrer les paramètres SMS</translation>
        </message>
        <message>
            <source>kept in the keyring: leave empty to keep it</source>
            <translation>conservé dans le trousseau : laisser vide pour le garder</translation>
        </message>
        <message>
            <source>Saved: e-mail goes through {host}:{port}. Send a test message to check it.</source>
            <translation>Enregistré : les e-mails passent par {host}:{port}. Envoyez un message de test pour vérifier.</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Envoi…</translation>
        </message>
        <message>
            <source>Sent to {recipient}. The server said: {answer}</source>
            <translation>Envoyé à {recipient}. Réponse du serveur : {answer}</translation>
        </message>
        <message>
            <source>Saved: text messages go through {address}.</source>
            <translation>Enregistré : les SMS passent par {address}.</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>To</source>
            <comment>whom a message goes to</comment>
            <translation>Destinataire</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message numerus="yes">
            <source>{state} (%n tr(y|ies))</source>
            <translation>
                <numerusform>{state} (%n tentative)</numerusform>
                <numerusform>{state} (%n tentatives)</numerusform>
            </translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>Failed: {error}</source>
            <translation>Échec : {error}</translation>
        </message>
        <message numerus="yes">
            <source>Waiting to be tried again (%n tr(y|ies) so far): {error}</source>
            <translation>
                <numerusform>En attente d'une nouvelle tentative (%n tentative jusqu'ici) : {error}</numerusform>
                <numerusform>En attente d'une nouvelle tentative (%n tentatives jusqu'ici) : {error}</numerusform>
            </translation>
        </message>
        <message>
            <source>{state}: to {recipient}</source>
            <translation>{state} : à {recipient}</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>Boîte d'envoi</translation>
        </message>
        <message>
            <source>Only the &amp;failed ones</source>
            <translation>Seulement les &amp;échecs</translation>
        </message>
        <message>
            <source>Send &amp;now</source>
            <translation>Envoyer &amp;maintenant</translation>
        </message>
        <message>
            <source>Send what is waiting now, instead of within the minute</source>
            <translation>Envoyer maintenant ce qui est en attente, au lieu d'attendre la minute suivante</translation>
        </message>
        <message>
            <source>Send &amp;again</source>
            <translation>Ren&amp;voyer</translation>
        </message>
        <message>
            <source>Queue a failed message again (check first whether it arrived)</source>
            <translation>Remettre en file un message en échec (vérifiez d'abord s'il est arrivé)</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>Do not send this message</source>
            <translation>Ne pas envoyer ce message</translation>
        </message>
        <message>
            <source>Every message to a customer, newest first. A message waits its turn, is sent within the minute while crm_desktop is open, and is tried again for half a day if the server does not answer.</source>
            <translation>Tous les messages aux clients, du plus récent au plus ancien. Un message attend son tour, part dans la minute tant que crm_desktop est ouvert, et est retenté pendant une demi-journée si le serveur ne répond pas.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n failed&lt;/b&gt;: select one to read why.</source>
            <translation>
                <numerusform>&lt;b&gt;%n échec&lt;/b&gt; : sélectionnez-le pour en lire la raison.</numerusform>
                <numerusform>&lt;b&gt;%n échecs&lt;/b&gt; : sélectionnez-en un pour en lire la raison.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting.</source>
            <translation>
                <numerusform>%n en attente.</numerusform>
                <numerusform>%n en attente.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ask before sending</source>
            <translation>Demander avant d'envoyer</translation>
        </message>
        <message>
            <source>Send by itself</source>
            <translation>Envoyer automatiquement</translation>
        </message>
        <message>
            <source>Never offer it</source>
            <translation>Ne jamais le proposer</translation>
        </message>
        <message>
            <source>template</source>
            <translation>modèle</translation>
        </message>
        <message>
            <source>Message templates</source>
            <translation>Modèles de messages</translation>
        </message>
        <message>
            <source>&amp;Message:</source>
            <translation>&amp;Message :</translation>
        </message>
        <message>
            <source>&amp;By:</source>
            <translation>&amp;Par :</translation>
        </message>
        <message>
            <source>&amp;When it happens:</source>
            <translation>&amp;Quand cela se produit :</translation>
        </message>
        <message>
            <source>&amp;Subject</source>
            <translation>&amp;Objet</translation>
        </message>
        <message>
            <source>&amp;Text</source>
            <translation>&amp;Texte</translation>
        </message>
        <message>
            <source>a customer's name, phone or e-mail</source>
            <translation>nom, téléphone ou e-mail d'un client</translation>
        </message>
        <message>
            <source>&amp;Preview for</source>
            <translation>&amp;Aperçu pour</translation>
        </message>
        <message>
            <source>Back to the built-in te&amp;xt</source>
            <translation>Revenir au te&amp;xte d'origine</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>It can use: {placeholders}</source>
            <translation>Éléments utilisables : {placeholders}</translation>
        </message>
        <message>
            <source>No customer found to show it for.</source>
            <translation>Aucun client trouvé pour l'aperçu.</translation>
        </message>
        <message>
            <source>Subject: {subject}</source>
            <translation>Objet : {subject}</translation>
        </message>
        <message>
            <source>To {customer}</source>
            <translation>À {customer}</translation>
        </message>
        <message>
            <source>SMS: {size}</source>
            <translation>SMS : {size}</translation>
        </message>
        <message>
            <source>Tell the customer?</source>
            <translation>Prévenir le client ?</translation>
        </message>
        <message>
            <source>Tell {customer}? The message goes from the shop now.</source>
            <translation>Prévenir {customer} ? Le message part du magasin maintenant.</translation>
        </message>
        <message>
            <source>E-mail to {recipient}</source>
            <translation>E-mail à {recipient}</translation>
        </message>
        <message>
            <source>SMS to {recipient}</source>
            <translation>SMS à {recipient}</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Envoyer</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>&amp;Pas maintenant</translation>
        </message>
        <message>
            <source>As the general answer</source>
            <translation>Comme la réponse générale</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>retiré</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>Contact in general</source>
            <translation>Contact en général</translation>
        </message>
        <message>
            <source>E-mails</source>
            <translation>E-mails</translation>
        </message>
        <message>
            <source>Text messages</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>consent answers</source>
            <translation>réponses de consentement</translation>
        </message>
        <message>
            <source>Contact consent · {customer}</source>
            <translation>Consentement au contact · {customer}</translation>
        </message>
        <message>
            <source>not asked yet</source>
            <translation>pas encore demandé</translation>
        </message>
        <message>
            <source>agrees to be contacted</source>
            <translation>accepte d'être contacté</translation>
        </message>
        <message>
            <source>no contact, please</source>
            <translation>ne pas contacter</translation>
        </message>
        <message>
            <source>In general (the customer's form): &lt;b&gt;{answer}&lt;/b&gt;. An answer for one channel overrides it for that channel: a customer who said no is never sent a message there.</source>
            <translation>En général (fiche du client) : &lt;b&gt;{answer}&lt;/b&gt;. Une réponse pour un canal remplace celle-ci pour ce canal : un client qui a dit non n'y reçoit jamais de message.</translation>
        </message>
        <message>
            <source>asked at the counter</source>
            <translation>demandé au comptoir</translation>
        </message>
        <message>
            <source>&amp;E-mails</source>
            <translation>&amp;E-mails</translation>
        </message>
        <message>
            <source>&amp;Text messages</source>
            <translation>&amp;SMS</translation>
        </message>
        <message>
            <source>&amp;Where the answer comes from</source>
            <translation>&amp;Origine de la réponse</translation>
        </message>
        <message>
            <source>No answer recorded yet.</source>
            <translation>Aucune réponse enregistrée pour l'instant.</translation>
        </message>
        <message>
            <source>&lt;b&gt;History&lt;/b&gt;</source>
            <translation>&lt;b&gt;Historique&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>Welcome to crm_desktop</source>
            <translation>Bienvenue dans crm_desktop</translation>
        </message>
        <message>
            <source>crm_desktop links every sale to what must happen after it: the thank-you call, the satisfaction check, warranty dates, service jobs and the promises made to the customer. Nothing depends on someone remembering, and the whole history of a customer is one search away.</source>
            <translation>crm_desktop relie chaque vente à ce qui doit suivre : l'appel de remerciement, l'enquête de satisfaction, les dates de garantie, les interventions et les engagements pris envers le client. Rien ne dépend de la mémoire de quelqu'un, et tout l'historique d'un client est à portée de recherche.</translation>
        </message>
        <message>
            <source>Enter my shop details</source>
            <translation>Saisir les coordonnées de mon magasin</translation>
        </message>
        <message>
            <source>Import customers from a spreadsheet</source>
            <translation>Importer des clients depuis un tableur</translation>
        </message>
        <message>
            <source>CSV, Excel, LibreOffice or vCard: check everything before it is saved.</source>
            <translation>CSV, Excel, LibreOffice ou vCard : tout est vérifié avant d'être enregistré.</translation>
        </message>
        <message>
            <source>Explore a sample shop</source>
            <translation>Découvrir un magasin d'exemple</translation>
        </message>
        <message>
            <source>Opens a separate database filled with made-up customers, sales and repairs. Your own database is not touched.</source>
            <translation>Ouvre une base de données séparée, remplie de clients, de ventes et de réparations fictifs. Votre propre base n'est pas modifiée.</translation>
        </message>
        <message>
            <source>Or start right away: &lt;b&gt;Ctrl+N&lt;/b&gt; adds a customer, &lt;b&gt;Ctrl+K&lt;/b&gt; searches.</source>
            <translation>Ou commencez tout de suite : &lt;b&gt;Ctrl+N&lt;/b&gt; ajoute un client, &lt;b&gt;Ctrl+K&lt;/b&gt; lance une recherche.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN of {person}:</source>
            <translation>PIN de {person} :</translation>
        </message>
        <message>
            <source>Who is at the keyboard?</source>
            <translation>Qui est au clavier ?</translation>
        </message>
        <message>
            <source>Choose yourself, so the shop knows who did what. You can switch at any time from the bottom right of the window.</source>
            <translation>Choisissez votre nom, pour que le magasin sache qui a fait quoi. Vous pouvez changer à tout moment en bas à droite de la fenêtre.</translation>
        </message>
        <message>
            <source>The shop has no staff yet. Add yourself in Settings → Staff first.</source>
            <translation>Le magasin n'a pas encore de personnel. Ajoutez-vous d'abord dans Paramètres → Personnel.</translation>
        </message>
        <message>
            <source>Wrong PIN</source>
            <translation>PIN incorrect</translation>
        </message>
        <message>
            <source>That is not {person}'s PIN. Nothing changed.</source>
            <translation>Ce n'est pas le PIN de {person}. Rien n'a changé.</translation>
        </message>
        <message>
            <source>Choose who is at the keyboard first: nothing was saved.</source>
            <translation>Choisissez d'abord qui est au clavier : rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>Who is at the keyboard: every change is saved in their name. Click to switch.</source>
            <translation>Qui est au clavier : chaque modification est enregistrée à son nom. Cliquez pour changer.</translation>
        </message>
        <message>
            <source>At the &amp;keyboard: {person}</source>
            <translation>Au &amp;clavier : {person}</translation>
        </message>
        <message>
            <source>At the &amp;keyboard: choose…</source>
            <translation>Au &amp;clavier : choisir…</translation>
        </message>
        <message>
            <source>Nobody yet</source>
            <translation>Personne pour l'instant</translation>
        </message>
        <message>
            <source>Staff…</source>
            <translation>Personnel…</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Intitulé</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Jours</translation>
        </message>
        <message>
            <source>Counted from</source>
            <translation>Compté à partir de</translation>
        </message>
        <message>
            <source>Repeat every (months)</source>
            <translation>Répéter tous les (mois)</translation>
        </message>
        <message>
            <source>Times in all</source>
            <translation>Nombre de fois</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Attribué à</translation>
        </message>
        <message>
            <source>Call</source>
            <comment>kind of follow-up</comment>
            <translation>Appel</translation>
        </message>
        <message>
            <source>Message</source>
            <comment>kind of follow-up</comment>
            <translation>Message</translation>
        </message>
        <message>
            <source>Visit</source>
            <comment>kind of follow-up</comment>
            <translation>Visite</translation>
        </message>
        <message>
            <source>Satisfaction check</source>
            <translation>Enquête de satisfaction</translation>
        </message>
        <message>
            <source>Warranty notice</source>
            <translation>Avis de garantie</translation>
        </message>
        <message>
            <source>Service reminder</source>
            <translation>Rappel d'entretien</translation>
        </message>
        <message>
            <source>days after the sale</source>
            <translation>jours après la vente</translation>
        </message>
        <message>
            <source>days from the warranty end</source>
            <translation>jours par rapport à la fin de garantie</translation>
        </message>
        <message>
            <source>the seller</source>
            <translation>le vendeur</translation>
        </message>
        <message>
            <source>the owner</source>
            <translation>le gérant</translation>
        </message>
        <message>
            <source>sales staff</source>
            <translation>les vendeurs</translation>
        </message>
        <message>
            <source>a technician</source>
            <translation>un technicien</translation>
        </message>
        <message>
            <source>Edit follow-up plan</source>
            <translation>Modifier le plan de suivi</translation>
        </message>
        <message>
            <source>New follow-up plan</source>
            <translation>Nouveau plan de suivi</translation>
        </message>
        <message>
            <source>plan</source>
            <translation>plan</translation>
        </message>
        <message>
            <source>Used for new sales</source>
            <translation>Utilisé pour les nouvelles ventes</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Ajouter une étape</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Supprimer l'étape</translation>
        </message>
        <message>
            <source>Example: a call 3 days after the sale; a warranty notice −30 days from the warranty end; a service reminder 365 days after the sale, repeated every 12 months, 5 times in all. Changes apply to sales recorded from now on.</source>
            <translation>Exemple : un appel 3 jours après la vente ; un avis de garantie −30 jours par rapport à la fin de garantie ; un rappel d'entretien 365 jours après la vente, répété tous les 12 mois, 5 fois en tout. Les modifications s'appliquent aux ventes enregistrées à partir de maintenant.</translation>
        </message>
        <message>
            <source>no repeat</source>
            <translation>pas de répétition</translation>
        </message>
        <message>
            <source>default</source>
            <comment>times in all: as many as the plan usually repeats</comment>
            <translation>par défaut</translation>
        </message>
        <message>
            <source>Edit category</source>
            <translation>Modifier la catégorie</translation>
        </message>
        <message>
            <source>New category</source>
            <translation>Nouvelle catégorie</translation>
        </message>
        <message>
            <source>category</source>
            <translation>catégorie</translation>
        </message>
        <message>
            <source>no warranty</source>
            <translation>pas de garantie</translation>
        </message>
        <message>
            <source>no follow-ups</source>
            <translation>pas de suivi</translation>
        </message>
        <message>
            <source>Default warranty</source>
            <translation>Garantie par défaut</translation>
        </message>
        <message>
            <source>Default after-sales plan</source>
            <translation>Plan de suivi par défaut</translation>
        </message>
        <message>
            <source>The printer did not start. Check that it is switched on and ready, then print again.</source>
            <translation>L'imprimante n'a pas démarré. Vérifiez qu'elle est allumée et prête, puis relancez l'impression.</translation>
        </message>
        <message>
            <source>the file {path}</source>
            <translation>le fichier {path}</translation>
        </message>
        <message>
            <source>{paper}, landscape</source>
            <translation>{paper}, paysage</translation>
        </message>
        <message>
            <source>{paper}, portrait</source>
            <translation>{paper}, portrait</translation>
        </message>
        <message>
            <source>Paper…</source>
            <translation>Papier…</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Page entière</translation>
        </message>
        <message>
            <source>Page width</source>
            <translation>Largeur de la page</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom avant</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom arrière</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Enregistrer en PDF…</translation>
        </message>
        <message>
            <source>no printer set up yet (Print… can write a PDF file)</source>
            <translation>aucune imprimante configurée pour l'instant (Imprimer… peut créer un fichier PDF)</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) on {paper} · {where}</source>
            <translation>
                <numerusform>%n page sur {paper} · {where}</numerusform>
                <numerusform>%n pages sur {paper} · {where}</numerusform>
            </translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>l'imprimante</translation>
        </message>
        <message>
            <source>Sent {document} to {where} ({paper})</source>
            <translation>{document} envoyé vers {where} ({paper})</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Enregistrer en PDF</translation>
        </message>
        <message>
            <source>The document has no pages to print.</source>
            <translation>Le document n'a aucune page à imprimer.</translation>
        </message>
        <message>
            <source>Preparing {document} for printing…</source>
            <translation>Préparation de {document} pour l'impression…</translation>
        </message>
        <message>
            <source>Could not write {path}: {reason}.</source>
            <translation>Impossible d'écrire {path} : {reason}.</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Enregistré dans {path}</translation>
        </message>
        <message>
            <source>&lt;p&gt;Erasing removes &lt;b&gt;{name}&lt;/b&gt;'s personal data everywhere: name, company, e-mail, phones, address, notes and tags; what they said in contacts, requests, follow-ups and promises; the problem, accessories and condition written on their jobs; visit addresses; and their entries in search and in the audit trail.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What stays, for the books:&lt;/b&gt; their sales (items, serials, amounts) and service jobs (the work done, parts and labour), under the name &lt;i&gt;Erased customer&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;This cannot be undone. Older backups still hold the data; restoring one erases them again.&lt;/p&gt;&lt;p&gt;Type the customer's name to confirm:&lt;/p&gt;</source>
            <translation>&lt;p&gt;L'effacement supprime partout les données personnelles de &lt;b&gt;{name}&lt;/b&gt; : nom, société, e-mail, téléphones, adresse, notes et étiquettes ; ce qu'il a dit dans les contacts, demandes, suivis et engagements ; le problème, les accessoires et l'état notés sur ses interventions ; les adresses des visites ; et ses entrées dans la recherche et dans le journal des modifications.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ce qui reste, pour la comptabilité :&lt;/b&gt; ses ventes (articles, numéros de série, montants) et ses interventions (travail effectué, pièces et main-d'œuvre), sous le nom &lt;i&gt;Client effacé&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Cette opération est irréversible. Les sauvegardes plus anciennes contiennent encore les données ; en restaurer une les efface de nouveau.&lt;/p&gt;&lt;p&gt;Saisissez le nom du client pour confirmer :&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Erase this customer</source>
            <translation>Effacer ce client</translation>
        </message>
        <message>
            <source>Type the customer's name to confirm</source>
            <translation>Saisissez le nom du client pour confirmer</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Customer erased</source>
            <translation>Client effacé</translation>
        </message>
        <message>
            <source>{name}'s personal data is erased. {sales} and {jobs} stay for the books under 'Erased customer'.</source>
            <translation>Les données personnelles de {name} sont effacées. {sales} et {jobs} restent pour la comptabilité sous « Client effacé ».</translation>
        </message>
        <message numerus="yes">
            <source>%n sale(s)</source>
            <translation>
                <numerusform>%n vente</numerusform>
                <numerusform>%n ventes</numerusform>
            </translation>
        </message>
        <message>
            <source>Where to save the customer's data</source>
            <translation>Où enregistrer les données du client</translation>
        </message>
        <message>
            <source>Customer's data</source>
            <translation>Données du client</translation>
        </message>
        <message>
            <source>Written to {data} and {history}.</source>
            <translation>Enregistré dans {data} et {history}.</translation>
        </message>
        <message>
            <source>Could not write {path}: the disk is full.</source>
            <translation>Impossible d'écrire {path} : le disque est plein.</translation>
        </message>
        <message>
            <source>In store</source>
            <translation>En magasin</translation>
        </message>
        <message>
            <source>Visit</source>
            <comment>how a contact happened</comment>
            <translation>Visite</translation>
        </message>
        <message>
            <source>Log a contact</source>
            <translation>Noter un contact</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>contact</translation>
        </message>
        <message>
            <source>The customer contacted us</source>
            <translation>Le client nous a contactés</translation>
        </message>
        <message>
            <source>We contacted the customer</source>
            <translation>Nous avons contacté le client</translation>
        </message>
        <message>
            <source>What was said, what was agreed</source>
            <translation>Ce qui a été dit, ce qui a été convenu</translation>
        </message>
        <message>
            <source>Needs action: open a request for it</source>
            <translation>Action nécessaire : ouvrir une demande</translation>
        </message>
        <message>
            <source>It stays on Today's lists until it is resolved, with its owner</source>
            <translation>Elle reste dans les listes d'Aujourd'hui jusqu'à sa résolution, avec son responsable</translation>
        </message>
        <message>
            <source>{kind} — applies “{procedure}”</source>
            <translation>{kind} — applique « {procedure} »</translation>
        </message>
        <message>
            <source>Who started it</source>
            <translation>À l'initiative de</translation>
        </message>
        <message>
            <source>Summary *</source>
            <translation>Résumé *</translation>
        </message>
        <message>
            <source>Kind of request</source>
            <translation>Type de demande</translation>
        </message>
        <message>
            <source>Promise</source>
            <translation>Engagement</translation>
        </message>
        <message>
            <source>There are no kinds of request; add one in Settings.</source>
            <translation>Il n'y a aucun type de demande ; ajoutez-en un dans Paramètres.</translation>
        </message>
        <message>
            <source>Schedule a follow-up</source>
            <translation>Programmer un suivi</translation>
        </message>
        <message>
            <source>follow-up</source>
            <translation>suivi</translation>
        </message>
        <message>
            <source>e.g. Ask how the new washing machine works out</source>
            <translation>par ex. Demander si la nouvelle machine à laver donne satisfaction</translation>
        </message>
        <message>
            <source>What *</source>
            <translation>Quoi *</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>promise</source>
            <translation>engagement</translation>
        </message>
        <message>
            <source>What the shop promised, e.g. SIM active by Friday</source>
            <translation>Ce que le magasin a promis, par ex. SIM active d'ici vendredi</translation>
        </message>
        <message>
            <source>Promised *</source>
            <translation>Promis *</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Pour le</translation>
        </message>
        <message>
            <source>Every later change of this date will be kept, with its reason.</source>
            <translation>Chaque changement ultérieur de cette date sera conservé, avec son motif.</translation>
        </message>
        <message>
            <source>Nothing in this period</source>
            <translation>Rien sur cette période</translation>
        </message>
        <message>
            <source>{label} {value} (so far)</source>
            <translation>{label} {value} (jusqu'ici)</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Export tables to CSV…</source>
            <translation>Exporter les tableaux en CSV…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <source>The metrics as a document: print it, or save it as a PDF (Ctrl+P)</source>
            <translation>Les indicateurs sous forme de document : imprimez-le ou enregistrez-le en PDF (Ctrl+P)</translation>
        </message>
        <message>
            <source>From</source>
            <comment>the first day of the report</comment>
            <translation>Du</translation>
        </message>
        <message>
            <source>to</source>
            <comment>the last day</comment>
            <translation>au</translation>
        </message>
        <message>
            <source>Sales by month</source>
            <translation>Ventes par mois</translation>
        </message>
        <message>
            <source>Satisfaction scores</source>
            <translation>Notes de satisfaction</translation>
        </message>
        <message>
            <source>Sales by category</source>
            <translation>Ventes par catégorie</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>Par catégorie</translation>
        </message>
        <message>
            <source>By staff member</source>
            <translation>Par membre du personnel</translation>
        </message>
        <message>
            <source>By month</source>
            <translation>Par mois</translation>
        </message>
        <message>
            <source>Requests by kind</source>
            <translation>Demandes par type</translation>
        </message>
        <message>
            <source>Requests by owner</source>
            <translation>Demandes par responsable</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Calcul en cours…</translation>
        </message>
        <message>
            <source>Sales by month ({currency})</source>
            <translation>Ventes par mois ({currency})</translation>
        </message>
        <message>
            <source>Satisfaction scores, average {average}</source>
            <translation>Notes de satisfaction, moyenne {average}</translation>
        </message>
        <message>
            <source>Sales by category ({currency})</source>
            <translation>Ventes par catégorie ({currency})</translation>
        </message>
        <message>
            <source>Export the tables</source>
            <translation>Exporter les tableaux</translation>
        </message>
        <message>
            <source>Could not write {folder}: {why}.</source>
            <translation>Impossible d'écrire dans {folder} : {why}.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n CSV file(s) in {folder}</source>
            <translation>
                <numerusform>%n fichier CSV enregistré dans {folder}</numerusform>
                <numerusform>%n fichiers CSV enregistrés dans {folder}</numerusform>
            </translation>
        </message>
        <message>
            <source>The figures are still being worked out: print again in a moment.</source>
            <translation>Les chiffres sont encore en cours de calcul : relancez l'impression dans un instant.</translation>
        </message>
        <message>
            <source>Metrics, {date}</source>
            <translation>Indicateurs, {date}</translation>
        </message>
        <message>
            <source>low</source>
            <comment>a priority</comment>
            <translation>basse</translation>
        </message>
        <message>
            <source>normal</source>
            <comment>a priority</comment>
            <translation>normale</translation>
        </message>
        <message>
            <source>high</source>
            <comment>a priority</comment>
            <translation>haute</translation>
        </message>
        <message>
            <source>urgent</source>
            <comment>a priority</comment>
            <translation>urgente</translation>
        </message>
        <message>
            <source>New request</source>
            <translation>Nouvelle demande</translation>
        </message>
        <message>
            <source>request</source>
            <translation>demande</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>What the customer asks, in their words</source>
            <translation>Ce que demande le client, avec ses mots</translation>
        </message>
        <message>
            <source>No particular item</source>
            <translation>Aucun article en particulier</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Moi</translation>
        </message>
        <message>
            <source>Who follows it up until it is solved</source>
            <translation>Qui la suit jusqu'à sa résolution</translation>
        </message>
        <message>
            <source>What is promised, e.g. New SIM active (default: the request)</source>
            <translation>Ce qui est promis, par ex. Nouvelle SIM active (par défaut : la demande)</translation>
        </message>
        <message>
            <source>Anything staff should know (not shown to the customer)</source>
            <translation>Ce que le personnel doit savoir (non montré au client)</translation>
        </message>
        <message>
            <source>Kind *</source>
            <translation>Type *</translation>
        </message>
        <message>
            <source>What is asked *</source>
            <translation>Demande *</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Concerne</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>Promis</translation>
        </message>
        <message>
            <source>Pick what kind of request this is.</source>
            <translation>Choisissez le type de cette demande.</translation>
        </message>
        <message>
            <source>changes to the owner, priority and notes</source>
            <translation>modifications du responsable, de la priorité et des notes</translation>
        </message>
        <message>
            <source>Mark as:</source>
            <translation>Marquer comme :</translation>
        </message>
        <message>
            <source>Promise to the customer</source>
            <translation>Engagement envers le client</translation>
        </message>
        <message>
            <source>Promise a date…</source>
            <translation>Promettre une date…</translation>
        </message>
        <message>
            <source>Move date…</source>
            <translation>Déplacer la date…</translation>
        </message>
        <message>
            <source>Kept</source>
            <comment>a promise</comment>
            <translation>Tenu</translation>
        </message>
        <message>
            <source>Broken…</source>
            <comment>a promise</comment>
            <translation>Non tenu…</translation>
        </message>
        <message>
            <source>Say what the shop will do about it; the owner gets a recovery call</source>
            <translation>Indiquez ce que le magasin va faire ; le gérant reçoit un appel de rattrapage</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ce qui s'est passé</translation>
        </message>
        <message>
            <source>Owner, priority and notes</source>
            <translation>Responsable, priorité et notes</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>A call or message about this request (counts as an action on it)</source>
            <translation>Un appel ou un message au sujet de cette demande (compte comme une action)</translation>
        </message>
        <message>
            <source>Take the unit in…</source>
            <translation>Réceptionner l'appareil…</translation>
        </message>
        <message>
            <source>A unit must come in for service: open a job; this request is resolved</source>
            <translation>Un appareil doit être réceptionné pour réparation : ouvrir une intervention ; cette demande est résolue</translation>
        </message>
        <message>
            <source>The receipt for the customer: the request's number and what was asked</source>
            <translation>Le reçu pour le client : le numéro de la demande et ce qui a été demandé</translation>
        </message>
        <message>
            <source>&lt;b style='font-size:15pt'&gt;{number}&lt;/b&gt; &amp;nbsp; {kind} &amp;nbsp; &lt;span style='color:{muted}'&gt;for {customer}&lt;/span&gt;</source>
            <translation>&lt;b style='font-size:15pt'&gt;{number}&lt;/b&gt; &amp;nbsp; {kind} &amp;nbsp; &lt;span style='color:{muted}'&gt;pour {customer}&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Status: {status} · priority {priority}</source>
            <translation>Statut : {status} · priorité {priority}</translation>
        </message>
        <message>
            <source>Asked: {summary}</source>
            <translation>Demandé : {summary}</translation>
        </message>
        <message>
            <source>Opened {date} by {who} · owner: {owner}</source>
            <translation>Ouverte le {date} par {who} · responsable : {owner}</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>quelqu'un</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>personne</translation>
        </message>
        <message>
            <source>About: {item}</source>
            <translation>Concerne : {item}</translation>
        </message>
        <message>
            <source>Why cancelled: {resolution}</source>
            <translation>Motif de l'annulation : {resolution}</translation>
        </message>
        <message>
            <source>Done: {resolution}</source>
            <translation>Fait : {resolution}</translation>
        </message>
        <message>
            <source>Taken in for service as {job}</source>
            <translation>Réceptionné pour réparation sous {job}</translation>
        </message>
        <message>
            <source>Ticked by {who} {when}</source>
            <translation>Coché par {who} {when}</translation>
        </message>
        <message>
            <source>No checklist for this kind of request</source>
            <translation>Pas de liste de contrôle pour ce type de demande</translation>
        </message>
        <message>
            <source>No date promised.</source>
            <translation>Aucune date promise.</translation>
        </message>
        <message>
            <source>Why is it cancelled?</source>
            <translation>Pourquoi est-elle annulée ?</translation>
        </message>
        <message>
            <source>Why is it reopened?</source>
            <translation>Pourquoi est-elle rouverte ?</translation>
        </message>
        <message>
            <source>Say why: the reason is kept with the request.</source>
            <translation>Indiquez pourquoi : le motif est conservé avec la demande.</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Résolue</translation>
        </message>
        <message>
            <source>What was done? (optional)</source>
            <translation>Qu'est-ce qui a été fait ? (facultatif)</translation>
        </message>
        <message>
            <source>What is promised?</source>
            <translation>Qu'est-ce qui est promis ?</translation>
        </message>
        <message>
            <source>{kind}: done</source>
            <translation>{kind} : fait</translation>
        </message>
        <message>
            <source>Move the promised date</source>
            <translation>Déplacer la date promise</translation>
        </message>
        <message>
            <source>What will the shop do about it? (the owner gets a recovery call)</source>
            <translation>Que va faire le magasin ? (le gérant reçoit un appel de rattrapage)</translation>
        </message>
        <message>
            <source>What was said about {request}?</source>
            <translation>Qu'est-ce qui a été dit au sujet de {request} ?</translation>
        </message>
        <message>
            <source>kind of request</source>
            <translation>type de demande</translation>
        </message>
        <message>
            <source>Kinds of request</source>
            <translation>Types de demande</translation>
        </message>
        <message>
            <source>No checklist</source>
            <translation>Pas de liste de contrôle</translation>
        </message>
        <message>
            <source>Offered for new requests</source>
            <translation>Proposé pour les nouvelles demandes</translation>
        </message>
        <message>
            <source>New kind</source>
            <translation>Nouveau type</translation>
        </message>
        <message>
            <source>A kind's checklist is copied onto each new request of that kind (edit checklists on the Service page → Procedures). A retired kind is no longer offered; requests keep it.</source>
            <translation>La liste de contrôle d'un type est copiée sur chaque nouvelle demande de ce type (modifiez les listes de contrôle sur la page Interventions → Procédures). Un type retiré n'est plus proposé ; les demandes le conservent.</translation>
        </message>
        <message>
            <source>{kind} (retired)</source>
            <translation>{kind} (retiré)</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Qté</translation>
        </message>
        <message>
            <source>Warranty ends</source>
            <translation>Fin de garantie</translation>
        </message>
        <message>
            <source>Why different</source>
            <translation>Pourquoi différente</translation>
        </message>
        <message>
            <source>sale</source>
            <translation>vente</translation>
        </message>
        <message>
            <source>New sale — {customer}</source>
            <translation>Nouvelle vente — {customer}</translation>
        </message>
        <message>
            <source>Sold by</source>
            <translation>Vendu par</translation>
        </message>
        <message>
            <source>Lines of the sale</source>
            <translation>Lignes de la vente</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>Ajouter une ligne</translation>
        </message>
        <message>
            <source>Saving schedules the after-sales follow-ups of each product's plan (thank-you call, satisfaction check, warranty-ending call, service reminders).</source>
            <translation>L'enregistrement programme les suivis après-vente du plan de chaque produit (appel de remerciement, enquête de satisfaction, appel de fin de garantie, rappels d'entretien).</translation>
        </message>
        <message>
            <source>(typed line, not in the catalogue)</source>
            <translation>(ligne saisie, hors catalogue)</translation>
        </message>
        <message>
            <source>The unit price in {currency}, e.g. {example}</source>
            <translation>Le prix unitaire en {currency}, par ex. {example}</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no warranty end date</comment>
            <translation>aucune</translation>
        </message>
        <message>
            <source>Proposed from the product; change it only with a reason (kept in the audit trail)</source>
            <translation>Proposée d'après le produit ; ne la modifiez qu'avec un motif (conservé dans le journal des modifications)</translation>
        </message>
        <message>
            <source>only if the date was changed</source>
            <translation>seulement si la date a été modifiée</translation>
        </message>
        <message>
            <source>{column}, line {line}</source>
            <translation>{column}, ligne {line}</translation>
        </message>
        <message>
            <source>required</source>
            <translation>obligatoire</translation>
        </message>
        <message>
            <source>Line {line}: a warranty cannot be removed here; keep its end date.</source>
            <translation>Ligne {line} : une garantie ne peut pas être supprimée ici ; conservez sa date de fin.</translation>
        </message>
        <message>
            <source>Line {line}: '{text}' is not a date like 2028-03-14.</source>
            <translation>Ligne {line} : « {text} » n'est pas une date comme 2028-03-14.</translation>
        </message>
        <message>
            <source>Line {line}: {problem}</source>
            <translation>Ligne {line} : {problem}</translation>
        </message>
        <message>
            <source>Total: —</source>
            <translation>Total : —</translation>
        </message>
        <message>
            <source>&lt;b&gt;Total: {amount}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Total : {amount}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Change date…</source>
            <translation>Changer la date…</translation>
        </message>
        <message>
            <source>Correct the sale's date; its open follow-ups and warranties move with it</source>
            <translation>Corriger la date de la vente ; ses suivis en cours et ses garanties sont décalés avec elle</translation>
        </message>
        <message>
            <source>Say why; its open follow-ups are cancelled, what was done stays</source>
            <translation>Indiquez pourquoi ; ses suivis en cours sont annulés, ce qui a été fait reste</translation>
        </message>
        <message>
            <source>Open the customer</source>
            <translation>Ouvrir le client</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Articles</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Warranty from</source>
            <translation>Début de garantie</translation>
        </message>
        <message>
            <source>Warranty to</source>
            <translation>Fin de garantie</translation>
        </message>
        <message>
            <source>Print warranty certificate…</source>
            <translation>Imprimer le certificat de garantie…</translation>
        </message>
        <message>
            <source>The selected item's warranty certificate, as a PDF</source>
            <translation>Le certificat de garantie de l'article sélectionné, en PDF</translation>
        </message>
        <message>
            <source>New service job for this item…</source>
            <translation>Nouvelle intervention pour cet article…</translation>
        </message>
        <message>
            <source>Take the selected item in for repair; its warranty is checked</source>
            <translation>Réceptionner l'article sélectionné pour réparation ; sa garantie est vérifiée</translation>
        </message>
        <message>
            <source>Follow-ups it scheduled</source>
            <translation>Suivis programmés</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Intervention</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Réception</translation>
        </message>
        <message>
            <source>Double-click a job to open it</source>
            <translation>Double-cliquez sur une intervention pour l'ouvrir</translation>
        </message>
        <message>
            <source>Sale {number} — {customer}</source>
            <translation>Vente {number} — {customer}</translation>
        </message>
        <message>
            <source>&lt;b style='color:{color}'&gt;VOID&lt;/b&gt; since {date}: {reason}</source>
            <translation>&lt;b style='color:{color}'&gt;ANNULÉE&lt;/b&gt; depuis le {date} : {reason}</translation>
        </message>
        <message>
            <source>active</source>
            <comment>a sale that is not void</comment>
            <translation>active</translation>
        </message>
        <message>
            <source>&lt;i&gt;no seller recorded&lt;/i&gt;</source>
            <translation>&lt;i&gt;aucun vendeur enregistré&lt;/i&gt;</translation>
        </message>
        <message>
            <source>Notes: {notes}</source>
            <translation>Notes : {notes}</translation>
        </message>
        <message>
            <source>Seller</source>
            <translation>Vendeur</translation>
        </message>
        <message>
            <source>{warranty} (changed: {reason})</source>
            <translation>{warranty} (modifiée : {reason})</translation>
        </message>
        <message>
            <source>Print the warranty certificate</source>
            <translation>Imprimer le certificat de garantie</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <source>VOID</source>
            <comment>a sale cancelled</comment>
            <translation>ANNULÉE</translation>
        </message>
        <message>
            <source>any</source>
            <comment>no limit on a date of a period</comment>
            <translation>indifférent</translation>
        </message>
        <message>
            <source>Every sale, newest first. To record one, open the customer (Ctrl+K) and choose &lt;b&gt;New sale…&lt;/b&gt; (Ctrl+Shift+S). Double-click a sale (or press Enter) to open it.</source>
            <translation>Toutes les ventes, de la plus récente à la plus ancienne. Pour en enregistrer une, ouvrez le client (Ctrl+K) et choisissez &lt;b&gt;Nouvelle vente…&lt;/b&gt; (Ctrl+Shift+S). Double-cliquez sur une vente (ou appuyez sur Entrée) pour l'ouvrir.</translation>
        </message>
        <message>
            <source>Open the selected sale (or double-click it, or press Enter)</source>
            <translation>Ouvrir la vente sélectionnée (ou double-cliquer dessus, ou appuyer sur Entrée)</translation>
        </message>
        <message>
            <source>Export to CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <source>The sales shown, with the filters as they are, to a spreadsheet</source>
            <translation>Les ventes affichées, avec les filtres actuels, vers un tableur</translation>
        </message>
        <message>
            <source>Sale number (S-0042, 42), product or serial</source>
            <translation>Numéro de vente (S-0042, 42), produit ou numéro de série</translation>
        </message>
        <message>
            <source>The first day of the period (“any”: from the first sale)</source>
            <translation>Le premier jour de la période (« indifférent » : depuis la première vente)</translation>
        </message>
        <message>
            <source>The last day of the period (“any”: up to today)</source>
            <translation>Le dernier jour de la période (« indifférent » : jusqu'à aujourd'hui)</translation>
        </message>
        <message>
            <source>Only the sales of this seller</source>
            <translation>Seulement les ventes de ce vendeur</translation>
        </message>
        <message>
            <source>Only sales with an item of this product category</source>
            <translation>Seulement les ventes comportant un article de cette catégorie</translation>
        </message>
        <message>
            <source>Only sales with an item of this product</source>
            <translation>Seulement les ventes comportant ce produit</translation>
        </message>
        <message>
            <source>Show void</source>
            <translation>Afficher les annulées</translation>
        </message>
        <message>
            <source>Also list voided sales (greyed out; never counted in the total)</source>
            <translation>Lister aussi les ventes annulées (grisées ; jamais comptées dans le total)</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <source>From</source>
            <comment>the start of a period of dates</comment>
            <translation>Du</translation>
        </message>
        <message>
            <source>to</source>
            <comment>the end of a period of dates</comment>
            <translation>au</translation>
        </message>
        <message>
            <source>All sellers</source>
            <translation>Tous les vendeurs</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Toutes les catégories</translation>
        </message>
        <message>
            <source>All products</source>
            <translation>Tous les produits</translation>
        </message>
        <message>
            <source>The period ends before it starts: nothing to show.</source>
            <translation>La période se termine avant de commencer : rien à afficher.</translation>
        </message>
        <message>
            <source>No sale matches these filters.</source>
            <translation>Aucune vente ne correspond à ces filtres.</translation>
        </message>
        <message>
            <source>No sales yet. {explanation}</source>
            <translation>Aucune vente pour l'instant. {explanation}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln sale(s) shown · adding up…</source>
            <translation>
                <numerusform>%Ln vente affichée · calcul du total…</numerusform>
                <numerusform>%Ln ventes affichées · calcul du total…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; sale(s) shown ({void}, not in the total) · total &lt;b&gt;{total}&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; vente affichée ({void}, hors total) · total &lt;b&gt;{total}&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; ventes affichées ({void}, hors total) · total &lt;b&gt;{total}&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln void</source>
            <comment>sales cancelled</comment>
            <translation>
                <numerusform>%Ln annulée</numerusform>
                <numerusform>%Ln annulées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; sale(s) shown · total &lt;b&gt;{total}&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; vente affichée · total &lt;b&gt;{total}&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; ventes affichées · total &lt;b&gt;{total}&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the sales</source>
            <translation>Exporter les ventes</translation>
        </message>
        <message>
            <source>Could not write {path}: {problem}.</source>
            <translation>Impossible d'écrire {path} : {problem}.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln sale(s) to {path}</source>
            <translation>
                <numerusform>%Ln vente enregistrée dans {path}</numerusform>
                <numerusform>%Ln ventes enregistrées dans {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Search: name, company, phone, email, serial/IMEI, product, S-0042, J-0042, R-0042   (Ctrl+K)</source>
            <translation>Recherche : nom, société, téléphone, e-mail, n° de série/IMEI, produit, S-0042, J-0042, R-0042   (Ctrl+K)</translation>
        </message>
        <message>
            <source>No customer, phone, serial or number matches “{text}”.</source>
            <translation>Aucun client, téléphone, numéro de série ou numéro ne correspond à « {text} ».</translation>
        </message>
        <message>
            <source>Encrypt when the server can (prefer)</source>
            <translation>Chiffrer quand le serveur le permet (prefer)</translation>
        </message>
        <message>
            <source>Always encrypt (require)</source>
            <translation>Toujours chiffrer (require)</translation>
        </message>
        <message>
            <source>Encrypt and check the server's certificate (verify-full)</source>
            <translation>Chiffrer et vérifier le certificat du serveur (verify-full)</translation>
        </message>
        <message>
            <source>Never encrypt, trusted network only (disable)</source>
            <translation>Ne jamais chiffrer, réseau de confiance uniquement (disable)</translation>
        </message>
        <message>
            <source>Shop server</source>
            <translation>Serveur du magasin</translation>
        </message>
        <message>
            <source>This computer uses the shop server &lt;b&gt;{server}&lt;/b&gt;.</source>
            <translation>Cet ordinateur utilise le serveur du magasin &lt;b&gt;{server}&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>This computer uses the shop's own file on this computer, &lt;b&gt;{file}&lt;/b&gt;.</source>
            <translation>Cet ordinateur utilise le fichier du magasin sur cet ordinateur, &lt;b&gt;{file}&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>This computer uses the server &lt;b&gt;{server}&lt;/b&gt; (given when crm_desktop was started).</source>
            <translation>Cet ordinateur utilise le serveur &lt;b&gt;{server}&lt;/b&gt; (indiqué au démarrage de crm_desktop).</translation>
        </message>
        <message>
            <source>Several computers (the counter, the back office, a technician's laptop) can share one shop on a PostgreSQL server: everyone sees the same customers, and nobody's save overwrites another's.</source>
            <translation>Plusieurs ordinateurs (le comptoir, l'arrière-boutique, le portable d'un technicien) peuvent partager un même magasin sur un serveur PostgreSQL : tout le monde voit les mêmes clients, et l'enregistrement de l'un n'écrase jamais celui d'un autre.</translation>
        </message>
        <message>
            <source>the server's name or address, e.g. shop-server or 192.168.1.20</source>
            <translation>le nom ou l'adresse du serveur, par ex. serveur-magasin ou 192.168.1.20</translation>
        </message>
        <message>
            <source>leave empty if it is already kept, or the server needs none</source>
            <translation>laisser vide s'il est déjà conservé, ou si le serveur n'en demande pas</translation>
        </message>
        <message>
            <source>in the system keyring</source>
            <translation>dans le trousseau du système (keyring)</translation>
        </message>
        <message>
            <source>in the password file ({file})</source>
            <translation>dans le fichier de mots de passe ({file})</translation>
        </message>
        <message>
            <source>nowhere: the server needs none</source>
            <translation>nulle part : le serveur n'en demande pas</translation>
        </message>
        <message>
            <source>in the system keyring (not available: {problem})</source>
            <translation>dans le trousseau du système (indisponible : {problem})</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Serveur</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de données</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Password kept</source>
            <translation>Mot de passe conservé</translation>
        </message>
        <message>
            <source>Encryption (TLS)</source>
            <translation>Chiffrement (TLS)</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Tester la connexion</translation>
        </message>
        <message>
            <source>&amp;Move this shop to the server…</source>
            <translation>Transférer ce &amp;magasin sur le serveur…</translation>
        </message>
        <message>
            <source>Copies every customer, sale, job and setting onto the empty server database, checks each table, then opens the shop from there. The file on this computer is left as it is.</source>
            <translation>Copie chaque client, vente, intervention et paramètre dans la base de données vide du serveur, vérifie chaque table, puis ouvre le magasin depuis le serveur. Le fichier de cet ordinateur reste tel quel.</translation>
        </message>
        <message>
            <source>&amp;Connect to this server</source>
            <translation>&amp;Se connecter à ce serveur</translation>
        </message>
        <message>
            <source>Use this computer's &amp;file again</source>
            <translation>Réutiliser le &amp;fichier de cet ordinateur</translation>
        </message>
        <message>
            <source>The shop's own file on this computer; the server and its data stay as they are</source>
            <translation>Le fichier du magasin sur cet ordinateur ; le serveur et ses données restent tels quels</translation>
        </message>
        <message>
            <source>Connecting to {host}:{port}…</source>
            <translation>Connexion à {host}:{port}…</translation>
        </message>
        <message>
            <source>Start a new shop on the server?</source>
            <translation>Créer un nouveau magasin sur le serveur ?</translation>
        </message>
        <message>
            <source>The database {database} on {host} is empty: connecting starts a new, empty shop there. To take this shop's customers along, choose Move this shop to the server instead.

Start a new shop on the server?</source>
            <translation>La base de données {database} sur {host} est vide : la connexion y crée un nouveau magasin, vide. Pour emporter les clients de ce magasin, choisissez plutôt Transférer ce magasin sur le serveur.

Créer un nouveau magasin sur le serveur ?</translation>
        </message>
        <message>
            <source>Opening the shop on {host}…</source>
            <translation>Ouverture du magasin sur {host}…</translation>
        </message>
        <message>
            <source>Move this shop to the server?</source>
            <translation>Transférer ce magasin sur le serveur ?</translation>
        </message>
        <message>
            <source>Every customer, sale, job and setting of this shop is copied to the database {database} on {host}, then checked table by table. From then on this computer uses the server; the file on this computer is left as it is, as a way back.

Do this while nobody else is using the shop. Move it now?</source>
            <translation>Chaque client, vente, intervention et paramètre de ce magasin est copié dans la base de données {database} sur {host}, puis vérifié table par table. Ensuite, cet ordinateur utilise le serveur ; le fichier de cet ordinateur reste tel quel, pour pouvoir revenir en arrière.

Faites-le pendant que personne d'autre n'utilise le magasin. Transférer maintenant ?</translation>
        </message>
        <message>
            <source>Moving the shop to the server and checking every table…</source>
            <translation>Transfert du magasin sur le serveur et vérification de chaque table…</translation>
        </message>
        <message numerus="yes">
            <source>%n table(s)</source>
            <translation>
                <numerusform>%n table</numerusform>
                <numerusform>%n tables</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) in {tables}, each checked</source>
            <translation>
                <numerusform>%Ln enregistrement dans {tables}, vérifié</numerusform>
                <numerusform>%Ln enregistrements dans {tables}, tous vérifiés</numerusform>
            </translation>
        </message>
        <message>
            <source>The shop is on the server</source>
            <translation>Le magasin est sur le serveur</translation>
        </message>
        <message>
            <source>Moved: {moved}. This computer now uses the server; connect the other computers with Settings → Shop server.</source>
            <translation>Transféré : {moved}. Cet ordinateur utilise désormais le serveur ; connectez les autres ordinateurs avec Paramètres → Serveur du magasin.</translation>
        </message>
        <message>
            <source>Opening the shop's file on this computer…</source>
            <translation>Ouverture du fichier du magasin sur cet ordinateur…</translation>
        </message>
        <message>
            <source>scheduled</source>
            <comment>a visit's status</comment>
            <translation>prévue</translation>
        </message>
        <message>
            <source>done</source>
            <comment>a visit's status</comment>
            <translation>effectuée</translation>
        </message>
        <message>
            <source>cancelled</source>
            <comment>a visit's status</comment>
            <translation>annulée</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>No action for</source>
            <translation>Sans action depuis</translation>
        </message>
        <message>
            <source>today</source>
            <comment>no action for: none since today</comment>
            <translation>aujourd'hui</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>How many days</source>
            <translation>Combien de jours</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Semaine</translation>
        </message>
        <message>
            <source>Print the day's job sheets…</source>
            <translation>Imprimer les fiches d'intervention du jour…</translation>
        </message>
        <message>
            <source>One PDF: a job sheet for each visit of the day and each open job due by then (it says how many)</source>
            <translation>Un seul PDF : une fiche d'intervention pour chaque visite du jour et chaque intervention en cours prévue d'ici là (le nombre est indiqué)</translation>
        </message>
        <message>
            <source>Procedures…</source>
            <translation>Procédures…</translation>
        </message>
        <message>
            <source>Edit the checklist templates technicians apply to jobs</source>
            <translation>Modifier les modèles de listes de contrôle que les techniciens appliquent aux interventions</translation>
        </message>
        <message>
            <source>Take a unit in: scan its serial/IMEI ⏎</source>
            <translation>Réceptionner un appareil : scannez son n° de série/IMEI ⏎</translation>
        </message>
        <message>
            <source>Open service jobs</source>
            <translation>Interventions en cours</translation>
        </message>
        <message>
            <source>&lt;b&gt;Visits, week of {monday} – {sunday}&lt;/b&gt; ({count})</source>
            <translation>&lt;b&gt;Visites, semaine du {monday} au {sunday}&lt;/b&gt; ({count})</translation>
        </message>
        <message>
            <source>&lt;b&gt;Visits on {day}&lt;/b&gt; ({count})</source>
            <translation>&lt;b&gt;Visites du {day}&lt;/b&gt; ({count})</translation>
        </message>
        <message>
            <source>&lt;b&gt;Open jobs&lt;/b&gt; (everyone's, {count}): the longest without action first</source>
            <translation>&lt;b&gt;Interventions en cours&lt;/b&gt; (de tout le monde, {count}) : les plus longtemps sans action d'abord</translation>
        </message>
        <message>
            <source>&lt;b&gt;Open jobs&lt;/b&gt; ({technician}'s, {count}): the longest without action first</source>
            <translation>&lt;b&gt;Interventions en cours&lt;/b&gt; (de {technician}, {count}) : les plus longtemps sans action d'abord</translation>
        </message>
        <message>
            <source>Double-click a visit or a job to open it.</source>
            <translation>Double-cliquez sur une visite ou une intervention pour l'ouvrir.</translation>
        </message>
        <message>
            <source>Nothing here yet. Service jobs are opened from a customer's page (New service job…); visits are booked from the job.</source>
            <translation>Rien pour l'instant. Les interventions s'ouvrent depuis la page d'un client (Nouvelle intervention…) ; les visites se programment depuis l'intervention.</translation>
        </message>
        <message>
            <source>{serial} was not sold here: open the customer's page (or create them), then New service job…</source>
            <translation>{serial} n'a pas été vendu ici : ouvrez la page du client (ou créez-le), puis Nouvelle intervention…</translation>
        </message>
        <message>
            <source>Print the day's job sheets</source>
            <translation>Imprimer les fiches d'intervention du jour</translation>
        </message>
        <message>
            <source>No visits on {day} and no open job due by then: nothing to print.
{left_out}</source>
            <translation>Aucune visite le {day} et aucune intervention en cours prévue d'ici là : rien à imprimer.
{left_out}</translation>
        </message>
        <message>
            <source>Print {sheets}?</source>
            <translation>Imprimer {sheets} ?</translation>
        </message>
        <message>
            <source>Job sheets of {technician}, {date}</source>
            <translation>Fiches d'intervention de {technician}, {date}</translation>
        </message>
        <message>
            <source>procedure</source>
            <translation>procédure</translation>
        </message>
        <message>
            <source>Procedures</source>
            <translation>Procédures</translation>
        </message>
        <message>
            <source>One step per line</source>
            <translation>Une étape par ligne</translation>
        </message>
        <message>
            <source>New procedure</source>
            <translation>Nouvelle procédure</translation>
        </message>
        <message>
            <source>Retired procedures are no longer offered; jobs keep their checklists</source>
            <translation>Les procédures retirées ne sont plus proposées ; les interventions gardent leurs listes de contrôle</translation>
        </message>
        <message>
            <source>What it is for</source>
            <translation>À quoi elle sert</translation>
        </message>
        <message>
            <source>shop details</source>
            <translation>coordonnées du magasin</translation>
        </message>
        <message>
            <source>Shop details</source>
            <translation>Coordonnées du magasin</translation>
        </message>
        <message>
            <source>e.g. Hélène Marchand</source>
            <translation>par ex. Hélène Marchand</translation>
        </message>
        <message>
            <source>Two letters, e.g. FR, GB, US: phone numbers typed without +country use it</source>
            <translation>Deux lettres, par ex. FR, BE, CH : utilisé pour les numéros de téléphone saisis sans +indicatif</translation>
        </message>
        <message>
            <source>How amounts are written on screen and on paper: grouping, decimal mark, where the symbol goes</source>
            <translation>Comment les montants s'écrivent à l'écran et sur papier : séparateur des milliers, séparateur décimal, place du symbole</translation>
        </message>
        <message>
            <source>Printed on warranty certificates; leave empty for the standard text</source>
            <translation>Imprimé sur les certificats de garantie ; laisser vide pour le texte standard</translation>
        </message>
        <message>
            <source>A PNG or JPEG printed at the top of job sheets (optional)</source>
            <translation>Une image PNG ou JPEG imprimée en haut des fiches d'intervention (facultatif)</translation>
        </message>
        <message>
            <source>As usual in the shop's country</source>
            <translation>Comme d'habitude dans le pays du magasin</translation>
        </message>
        <message>
            <source>Letter</source>
            <comment>paper size</comment>
            <translation>Lettre US</translation>
        </message>
        <message>
            <source>Printed on intake receipts; leave empty for the standard text</source>
            <translation>Imprimé sur les reçus de dépôt ; laisser vide pour le texte standard</translation>
        </message>
        <message>
            <source>Half a page (the paper above)</source>
            <translation>Une demi-page (le papier ci-dessus)</translation>
        </message>
        <message>
            <source>80 mm thermal roll</source>
            <translation>Rouleau thermique 80 mm</translation>
        </message>
        <message>
            <source>No (print it from the job when wanted)</source>
            <translation>Non (l'imprimer depuis l'intervention si besoin)</translation>
        </message>
        <message>
            <source>Ask each time</source>
            <translation>Demander à chaque fois</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Toujours</translation>
        </message>
        <message>
            <source>Width x height of the labels in millimetres, e.g. 62x29</source>
            <translation>Largeur x hauteur des étiquettes en millimètres, par ex. 62x29</translation>
        </message>
        <message>
            <source>What one call or message costs you, e.g. {example} (for the Reports page)</source>
            <translation>Ce que vous coûte un appel ou un message, par ex. {example} (pour la page Rapports)</translation>
        </message>
        <message>
            <source>Your name (owner) *</source>
            <translation>Votre nom (gérant) *</translation>
        </message>
        <message>
            <source>You are the shop's first person: owner, sales and technician until colleagues join (Settings → Staff). Everything is saved in the name of the person at the keyboard.</source>
            <translation>Vous êtes la première personne du magasin : gérant, vendeur et technicien jusqu'à l'arrivée de collègues (Paramètres → Personnel). Tout est enregistré au nom de la personne au clavier.</translation>
        </message>
        <message>
            <source>Shop name *</source>
            <translation>Nom du magasin *</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Money format</source>
            <translation>Format monétaire</translation>
        </message>
        <message>
            <source>Warranty terms</source>
            <translation>Conditions de garantie</translation>
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
            <translation>Conditions du reçu</translation>
        </message>
        <message>
            <source>Receipt format</source>
            <translation>Format du reçu</translation>
        </message>
        <message>
            <source>Receipt at intake</source>
            <translation>Reçu à la réception</translation>
        </message>
        <message>
            <source>Label size (mm)</source>
            <translation>Taille des étiquettes (mm)</translation>
        </message>
        <message>
            <source>Cost per contact</source>
            <translation>Coût par contact</translation>
        </message>
        <message>
            <source>Type a currency code such as EUR, GBP or USD.</source>
            <translation>Saisissez un code de devise comme EUR, GBP ou USD.</translation>
        </message>
        <message>
            <source>Amounts look like {formatted}; typed as {typed}</source>
            <translation>Les montants s'affichent comme {formatted} ; saisis comme {typed}</translation>
        </message>
        <message>
            <source>Cost per contact: {problem}</source>
            <translation>Coût par contact : {problem}</translation>
        </message>
        <message>
            <source>Choose the shop's logo</source>
            <translation>Choisir le logo du magasin</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>Initiales</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rôles</translation>
        </message>
        <message>
            <source>set</source>
            <comment>a PIN is set</comment>
            <translation>défini</translation>
        </message>
        <message>
            <source>working</source>
            <comment>a person's status</comment>
            <translation>en activité</translation>
        </message>
        <message>
            <source>retired {date}</source>
            <translation>départ le {date}</translation>
        </message>
        <message>
            <source>person's details</source>
            <translation>informations de la personne</translation>
        </message>
        <message>
            <source>Edit a person</source>
            <translation>Modifier une personne</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Ajouter une personne</translation>
        </message>
        <message>
            <source>e.g. Tomás Ferreira</source>
            <translation>par ex. Tomás Ferreira</translation>
        </message>
        <message>
            <source>from the name when left blank</source>
            <translation>d'après le nom si vide</translation>
        </message>
        <message>
            <source>Roles *</source>
            <translation>Rôles *</translation>
        </message>
        <message>
            <source>A one-person shop is owner, sales and technician. Follow-ups “for a technician” go to the technician with the least open work; with nobody in a role, they go to the owner.</source>
            <translation>Dans un magasin d'une seule personne, elle est gérant, vendeur et technicien. Les suivis « pour un technicien » vont au technicien qui a le moins de travail en cours ; si personne n'a ce rôle, ils vont au gérant.</translation>
        </message>
        <message>
            <source>optional: 4 to 8 digits, asked when switching to this person</source>
            <translation>facultatif : 4 à 8 chiffres, demandé lors du passage à cette personne</translation>
        </message>
        <message>
            <source>Retire {name}</source>
            <translation>Départ de {name}</translation>
        </message>
        <message>
            <source>{name} still has {work}. All of it goes to the colleague chosen here.</source>
            <translation>{name} a encore {work}. Tout est transmis au collègue choisi ici.</translation>
        </message>
        <message>
            <source>{name} has no open work. Their name stays on everything they did.</source>
            <translation>{name} n'a pas de travail en cours. Son nom reste sur tout ce qu'il ou elle a fait.</translation>
        </message>
        <message>
            <source>— nobody —</source>
            <translation>— personne —</translation>
        </message>
        <message>
            <source>— choose a colleague —</source>
            <translation>— choisir un collègue —</translation>
        </message>
        <message>
            <source>Hand the work to</source>
            <translation>Transmettre le travail à</translation>
        </message>
        <message>
            <source>crm_desktop will speak {language} from its next start. Restart it now?</source>
            <translation>crm_desktop parlera {language} à son prochain démarrage. Le redémarrer maintenant ?</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Redémarrer maintenant</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Plus tard</translation>
        </message>
        <message>
            <source>Your shop's name, address, currency, money format, logo and paper.</source>
            <translation>Le nom, l'adresse, la devise, le format monétaire, le logo et le papier de votre magasin.</translation>
        </message>
        <message>
            <source>Edit shop details…</source>
            <translation>Modifier les coordonnées du magasin…</translation>
        </message>
        <message>
            <source>Language…</source>
            <translation>Langue…</translation>
        </message>
        <message>
            <source>What customers ask that is not a repair, and the checklist each kind applies.</source>
            <translation>Ce que les clients demandent hors réparation, et la liste de contrôle appliquée par chaque type.</translation>
        </message>
        <message>
            <source>Kinds of request…</source>
            <translation>Types de demande…</translation>
        </message>
        <message>
            <source>E-mail and SMS to customers: the mail server, the SMS provider, the outbox.</source>
            <translation>E-mails et SMS aux clients : le serveur de messagerie, le fournisseur de SMS, la boîte d'envoi.</translation>
        </message>
        <message>
            <source>Messages…</source>
            <translation>Messages…</translation>
        </message>
        <message>
            <source>Outbox…</source>
            <translation>Boîte d'envoi…</translation>
        </message>
        <message>
            <source>Templates…</source>
            <translation>Modèles…</translation>
        </message>
        <message>
            <source>What each message says, and whether it goes by itself or after asking</source>
            <translation>Ce que dit chaque message, et s'il part automatiquement ou après confirmation</translation>
        </message>
        <message>
            <source>The automatic backups, Back up now, a second folder, Restore.</source>
            <translation>Les sauvegardes automatiques, Sauvegarder maintenant, un second dossier, la restauration.</translation>
        </message>
        <message>
            <source>Backups…</source>
            <translation>Sauvegardes…</translation>
        </message>
        <message>
            <source>Shop server…</source>
            <translation>Serveur du magasin…</translation>
        </message>
        <message>
            <source>Several computers share this shop on a PostgreSQL server: {server}.</source>
            <translation>Plusieurs ordinateurs partagent ce magasin sur un serveur PostgreSQL : {server}.</translation>
        </message>
        <message>
            <source>One computer: the shop is a file on this computer. Share it between several on a server.</source>
            <translation>Un seul ordinateur : le magasin est un fichier sur cet ordinateur. Partagez-le entre plusieurs ordinateurs sur un serveur.</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personnel</translation>
        </message>
        <message>
            <source>Everyone who serves customers or repairs units. Every change in crm_desktop is saved in the name of the person at the keyboard (bottom right of the window). People are retired, never deleted: their names stay on what they did.</source>
            <translation>Toutes les personnes qui servent les clients ou réparent les appareils. Chaque modification dans crm_desktop est enregistrée au nom de la personne au clavier (en bas à droite de la fenêtre). Les personnes qui partent sont marquées comme parties, jamais supprimées : leur nom reste sur ce qu'elles ont fait.</translation>
        </message>
        <message>
            <source>Show retired people</source>
            <translation>Afficher les personnes parties</translation>
        </message>
        <message>
            <source>Add a person…</source>
            <translation>Ajouter une personne…</translation>
        </message>
        <message>
            <source>Set or remove PIN…</source>
            <translation>Définir ou supprimer le PIN…</translation>
        </message>
        <message>
            <source>Retire…</source>
            <translation>Enregistrer le départ…</translation>
        </message>
        <message>
            <source>Bring back</source>
            <translation>Réintégrer</translation>
        </message>
        <message>
            <source>This computer speaks {now}; {next} from the next start.</source>
            <translation>Cet ordinateur parle {now} ; {next} à partir du prochain démarrage.</translation>
        </message>
        <message>
            <source>This computer speaks {language}: the window, the documents, the command line.</source>
            <translation>Cet ordinateur parle {language} : la fenêtre, les documents, la ligne de commande.</translation>
        </message>
        <message>
            <source>New PIN for {name} (4 to 8 digits; leave empty to remove the PIN):</source>
            <translation>Nouveau PIN pour {name} (4 à 8 chiffres ; laisser vide pour supprimer le PIN) :</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Tout</translation>
        </message>
        <message>
            <source>Calls and messages</source>
            <translation>Appels et messages</translation>
        </message>
        <message>
            <source>Satisfaction checks</source>
            <translation>Enquêtes de satisfaction</translation>
        </message>
        <message>
            <source>Warranty notices</source>
            <translation>Avis de garantie</translation>
        </message>
        <message>
            <source>Service reminders</source>
            <translation>Rappels d'entretien</translation>
        </message>
        <message>
            <source>Recovery calls</source>
            <translation>Appels de rattrapage</translation>
        </message>
        <message numerus="yes">
            <source>{section} ({count}) — showing the %n most urgent</source>
            <translation>
                <numerusform>{section} ({count}) — affichage de %n, le plus urgent</numerusform>
                <numerusform>{section} ({count}) — affichage des %n plus urgents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>idle %n d</source>
            <translation>
                <numerusform>sans action depuis %n j</numerusform>
                <numerusform>sans action depuis %n j</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{date} (%n d late)</source>
            <translation>
                <numerusform>{date} (%n j de retard)</numerusform>
                <numerusform>{date} (%n j de retard)</numerusform>
            </translation>
        </message>
        <message>
            <source>{phone} — click to copy</source>
            <translation>{phone} — cliquer pour copier</translation>
        </message>
        <message>
            <source>Only the follow-ups assigned to one person</source>
            <translation>Seulement les suivis attribués à une personne</translation>
        </message>
        <message>
            <source>Which kinds of work</source>
            <translation>Quels types de travail</translation>
        </message>
        <message>
            <source>Complete…</source>
            <translation>Terminer…</translation>
        </message>
        <message>
            <source>Reschedule…</source>
            <translation>Reporter…</translation>
        </message>
        <message>
            <source>Skip…</source>
            <translation>Ignorer…</translation>
        </message>
        <message>
            <source>Hand over…</source>
            <translation>Transmettre…</translation>
        </message>
        <message>
            <source>Give the selected follow-ups to a colleague</source>
            <translation>Confier les suivis sélectionnés à un collègue</translation>
        </message>
        <message>
            <source>Select several follow-ups (Ctrl or Shift + click) to do them all at once</source>
            <translation>Sélectionnez plusieurs suivis (Ctrl ou Maj + clic) pour les traiter tous en une fois</translation>
        </message>
        <message>
            <source>The message telling the customer where it stands, ready to send</source>
            <translation>Le message qui indique au client où en est son dossier, prêt à envoyer</translation>
        </message>
        <message>
            <source>Select the long overdue</source>
            <translation>Sélectionner les gros retards</translation>
        </message>
        <message>
            <source>Follow-ups more than 90 days late: select them all to reschedule, skip or hand them over</source>
            <translation>Suivis en retard de plus de 90 jours : les sélectionner tous pour les reporter, les ignorer ou les transmettre</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Call list…</source>
            <translation>Liste d'appels…</translation>
        </message>
        <message>
            <source>Work through today's calls one at a time (Ctrl+L)</source>
            <translation>Passer les appels du jour un par un (Ctrl+L)</translation>
        </message>
        <message>
            <source>Today's work, most urgent first</source>
            <translation>Le travail du jour, le plus urgent d'abord</translation>
        </message>
        <message>
            <source>Loading today's work…</source>
            <translation>Chargement du travail du jour…</translation>
        </message>
        <message>
            <source>Today — {date}</source>
            <translation>Aujourd'hui — {date}</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n message(s) to customers could not be sent.&lt;/b&gt; &lt;a href='outbox'&gt;Open the outbox&lt;/a&gt; to read why and send again.</source>
            <translation>
                <numerusform>&lt;b&gt;%n message aux clients n'a pas pu être envoyé.&lt;/b&gt; &lt;a href='outbox'&gt;Ouvrez la boîte d'envoi&lt;/a&gt; pour savoir pourquoi et le renvoyer.</numerusform>
                <numerusform>&lt;b&gt;%n messages aux clients n'ont pas pu être envoyés.&lt;/b&gt; &lt;a href='outbox'&gt;Ouvrez la boîte d'envoi&lt;/a&gt; pour savoir pourquoi et les renvoyer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b style='color:{color}'&gt;%n overdue&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b style='color:{color}'&gt;%n en retard&lt;/b&gt;</numerusform>
                <numerusform>&lt;b style='color:{color}'&gt;%n en retard&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing overdue</source>
            <translation>rien en retard</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n due today&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%n pour aujourd'hui&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%n pour aujourd'hui&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in the next 7 days</source>
            <translation>
                <numerusform>%n dans les 7 prochains jours</numerusform>
                <numerusform>%n dans les 7 prochains jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n broken promise(s)</source>
            <translation>
                <numerusform>%n engagement non tenu</numerusform>
                <numerusform>%n engagements non tenus</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b style='color:{color}'&gt;%n slipping promise(s)&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b style='color:{color}'&gt;%n engagement qui glisse&lt;/b&gt;</numerusform>
                <numerusform>&lt;b style='color:{color}'&gt;%n engagements qui glissent&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for news</source>
            <translation>
                <numerusform>%n en attente de nouvelles</numerusform>
                <numerusform>%n en attente de nouvelles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open with no action for {days} days</source>
            <translation>
                <numerusform>%n en cours sans action depuis {days} jours</numerusform>
                <numerusform>%n en cours sans action depuis {days} jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n long overdue</source>
            <translation>
                <numerusform>%n en gros retard</numerusform>
                <numerusform>%n en gros retard</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Open request</source>
            <translation>&amp;Ouvrir la demande</translation>
        </message>
        <message>
            <source>&amp;Open customer</source>
            <translation>Ouvrir le &amp;client</translation>
        </message>
        <message>
            <source>Copied {phone} ({customer})</source>
            <translation>{phone} copié ({customer})</translation>
        </message>
        <message>
            <source>There is no message to send for “{what}”: it is not a reminder, the customer said no or has no address for it, or messages are not set up (Settings → Messages). Call them, or log the contact.</source>
            <translation>Il n'y a pas de message à envoyer pour « {what} » : ce n'est pas un rappel, le client a refusé ou n'a pas d'adresse pour ce canal, ou les messages ne sont pas configurés (Paramètres → Messages). Appelez-le, ou notez le contact.</translation>
        </message>
        <message>
            <source>Ending within</source>
            <translation>Se terminant d'ici</translation>
        </message>
        <message>
            <source>Ended in the last</source>
            <translation>Terminées depuis moins de</translation>
        </message>
        <message>
            <source>All active</source>
            <translation>Toutes les garanties en cours</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>Vente</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Scan or type a serial / IMEI and press Enter</source>
            <translation>Scannez ou saisissez un n° de série / IMEI et appuyez sur Entrée</translation>
        </message>
        <message>
            <source>Within how many days</source>
            <translation>Dans combien de jours</translation>
        </message>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>Open customer</source>
            <translation>Ouvrir le client</translation>
        </message>
        <message>
            <source>Print certificate…</source>
            <translation>Imprimer le certificat…</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) — the first %n</source>
            <translation>
                <numerusform>%n article — %n affiché</numerusform>
                <numerusform>%n articles — les %n premiers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n article</numerusform>
                <numerusform>%n articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sold item(s) with serial {serial}</source>
            <translation>
                <numerusform>%n article vendu avec le numéro de série {serial}</numerusform>
                <numerusform>%n articles vendus avec le numéro de série {serial}</numerusform>
            </translation>
        </message>
        <message>
            <source>No sold item has the serial “{serial}”.</source>
            <translation>Aucun article vendu n'a le numéro de série « {serial} ».</translation>
        </message>
        <message>
            <source>Warranty certificate, {number}</source>
            <translation>Certificat de garantie, {number}</translation>
        </message>
        <message>
            <source>“{text}” is not a date like {example}.</source>
            <translation>« {text} » n'est pas une date comme {example}.</translation>
        </message>
        <message>
            <source>Discard the typed {what}?</source>
            <translation>Abandonner ce qui a été saisi ({what}) ?</translation>
        </message>
        <message>
            <source>It has not been saved.</source>
            <translation>Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Abandonner</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>&amp;Continuer la saisie</translation>
        </message>
        <message>
            <source>details</source>
            <translation>détails</translation>
        </message>
        <message>
            <source>someone else</source>
            <translation>quelqu'un d'autre</translation>
        </message>
        <message>
            <source>Changed elsewhere by {who} at {time}. What you typed is kept: {what}</source>
            <translation>Modifié ailleurs par {who} à {time}. Ce que vous avez saisi est conservé : {what}</translation>
        </message>
        <message>
            <source>Changed elsewhere by {who}. What you typed is kept: {what}</source>
            <translation>Modifié ailleurs par {who}. Ce que vous avez saisi est conservé : {what}</translation>
        </message>
        <message>
            <source>New date for {what}:</source>
            <translation>Nouvelle date pour {what} :</translation>
        </message>
        <message>
            <source>Why the date moves — told to the customer, kept in the history</source>
            <translation>Pourquoi la date change — communiqué au client, conservé dans l'historique</translation>
        </message>
        <message>
            <source>It is already due on {date}: pick the new date.</source>
            <translation>C'est déjà prévu pour le {date} : choisissez la nouvelle date.</translation>
        </message>
        <message>
            <source>Say why the date moves: the customer is told, and it is kept with the promise.</source>
            <translation>Indiquez pourquoi la date change : le client est prévenu, et c'est conservé avec l'engagement.</translation>
        </message>
    </context>
</TS>
