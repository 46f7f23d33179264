<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>QCoreApplication</name>
        <message>
            <source>Opening {path}…</source>
            <translation>Abriendo {path}…</translation>
        </message>
        <message>
            <source>Opening the shop server…</source>
            <translation>Abriendo el servidor de la tienda…</translation>
        </message>
        <message>
            <source>crm_desktop: unexpected error</source>
            <translation>crm_desktop: error inesperado</translation>
        </message>
        <message>
            <source>Something went wrong inside crm_desktop ({kind}: {error}). Nothing that was saved before is lost. The details are in the log file in the data folder.</source>
            <translation>Se ha producido un error en crm_desktop ({kind}: {error}). No se ha perdido nada de lo guardado. Los detalles están en el archivo de registro de la carpeta de datos.</translation>
        </message>
        <message>
            <source>crm_desktop cannot open the database</source>
            <translation>crm_desktop no puede abrir la base de datos</translation>
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
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Comprobación</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Correcta</translation>
        </message>
        <message>
            <source>Damaged: {problem}</source>
            <translation>Dañada: {problem}</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>crm_desktop backs the database up every day it opens and before every upgrade, in {folder}. Each backup below is checked by SQLite.</source>
            <translation>crm_desktop hace una copia de seguridad de la base de datos cada día que se abre y antes de cada actualización, en {folder}. SQLite comprueba cada una de las copias de la lista.</translation>
        </message>
        <message>
            <source>Second folder…</source>
            <translation>Segunda carpeta…</translation>
        </message>
        <message>
            <source>A USB stick or a network share that receives a copy of each backup</source>
            <translation>Una memoria USB o una carpeta de red que recibe una copia de cada copia de seguridad</translation>
        </message>
        <message>
            <source>No second folder</source>
            <translation>Sin segunda carpeta</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Hacer copia ahora</translation>
        </message>
        <message>
            <source>Restore the selected backup…</source>
            <translation>Restaurar la copia seleccionada…</translation>
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation>Restaurar desde un archivo…</translation>
        </message>
        <message>
            <source>Checking the backups…</source>
            <translation>Comprobando las copias de seguridad…</translation>
        </message>
        <message>
            <source>Second folder: {folder}</source>
            <translation>Segunda carpeta: {folder}</translation>
        </message>
        <message>
            <source>Second folder: none (a USB stick or share is safer)</source>
            <translation>Segunda carpeta: ninguna (una memoria USB o una carpeta de red es más segura)</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>Todavía no hay copias de seguridad.</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s), {damaged} damaged</source>
            <translation>
                <numerusform>%n copia de seguridad, dañadas: {damaged}</numerusform>
                <numerusform>%n copias de seguridad, dañadas: {damaged}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s), all sound</source>
            <translation>
                <numerusform>%n copia de seguridad, en buen estado</numerusform>
                <numerusform>%n copias de seguridad, todas en buen estado</numerusform>
            </translation>
        </message>
        <message>
            <source>Backup written to {file}. A copy is in {folder}.</source>
            <translation>Copia de seguridad guardada en {file}. Hay una copia en {folder}.</translation>
        </message>
        <message>
            <source>Backup written to {file}.</source>
            <translation>Copia de seguridad guardada en {file}.</translation>
        </message>
        <message>
            <source>The second folder for backups</source>
            <translation>La segunda carpeta para las copias de seguridad</translation>
        </message>
        <message>
            <source>Choose a backup in the list first.</source>
            <translation>Elija primero una copia de seguridad de la lista.</translation>
        </message>
        <message>
            <source>Restore from a backup file</source>
            <translation>Restaurar desde un archivo de copia de seguridad</translation>
        </message>
        <message>
            <source>Backups (*.sqlite3)</source>
            <translation>Copias de seguridad (*.sqlite3)</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar una copia de seguridad</translation>
        </message>
        <message>
            <source>Replace all the shop's data with the backup of {backup}?

Everything saved since then is replaced. The data as it is now is backed up first (kept in the list as 'Before a restore'), and customers erased since are erased again.</source>
            <translation>¿Reemplazar todos los datos de la tienda por la copia de seguridad {backup}?

Se reemplazará todo lo guardado desde entonces. Antes se hace una copia de seguridad de los datos actuales (queda en la lista como «Antes de una restauración»), y los clientes borrados desde entonces se vuelven a borrar.</translation>
        </message>
        <message>
            <source>Restored the backup of {backup}; the data as it was is kept as 'Before a restore'.</source>
            <translation>Se ha restaurado la copia de seguridad {backup}; los datos anteriores se conservan como «Antes de una restauración».</translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s) erased since (was|were) erased again.</source>
            <translation>
                <numerusform>%n cliente borrado desde entonces se ha vuelto a borrar.</numerusform>
                <numerusform>%n clientes borrados desde entonces se han vuelto a borrar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Calendar not updated: {error}</source>
            <translation>Calendario no actualizado: {error}</translation>
        </message>
        <message>
            <source>&amp;Reached</source>
            <translation>&amp;Contactado</translation>
        </message>
        <message>
            <source>They answered: save their score and words, if given</source>
            <translation>Ha contestado: guarde su puntuación y sus palabras, si las da</translation>
        </message>
        <message>
            <source>&amp;No answer – retry tomorrow</source>
            <translation>&amp;Sin respuesta – volver a llamar mañana</translation>
        </message>
        <message>
            <source>Logged; the call is due again the next working day</source>
            <translation>Registrado; la llamada vuelve a estar pendiente el siguiente día laborable</translation>
        </message>
        <message>
            <source>&amp;Left a message</source>
            <translation>&amp;Mensaje en el buzón</translation>
        </message>
        <message>
            <source>Logged; the call comes back in two working days</source>
            <translation>Registrado; la llamada vuelve dentro de dos días laborables</translation>
        </message>
        <message>
            <source>&amp;Wrong number</source>
            <translation>Número &amp;erróneo</translation>
        </message>
        <message>
            <source>Logged; the customer is tagged so someone fixes the number</source>
            <translation>Registrado; se etiqueta al cliente para que alguien corrija el número</translation>
        </message>
        <message numerus="yes">
            <source>%n reached</source>
            <comment>calls of the call list</comment>
            <translation>
                <numerusform>%n contactado</numerusform>
                <numerusform>%n contactados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n no answer</source>
            <comment>calls of the call list</comment>
            <translation>
                <numerusform>%n sin respuesta</numerusform>
                <numerusform>%n sin respuesta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n left a message</source>
            <comment>calls of the call list</comment>
            <translation>
                <numerusform>%n mensaje en el buzón</numerusform>
                <numerusform>%n mensajes en el buzón</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n wrong number</source>
            <comment>calls of the call list</comment>
            <translation>
                <numerusform>%n número erróneo</numerusform>
                <numerusform>%n números erróneos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sent the update instead</source>
            <comment>calls of the call list</comment>
            <translation>
                <numerusform>%n recibió el aviso en lugar de la llamada</numerusform>
                <numerusform>%n recibieron el aviso en lugar de la llamada</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped (still on Today)</source>
            <comment>calls of the call list</comment>
            <translation>
                <numerusform>%n omitido (sigue en Hoy)</numerusform>
                <numerusform>%n omitidos (siguen en Hoy)</numerusform>
            </translation>
        </message>
        <message>
            <source>customer's words</source>
            <translation>las palabras del cliente</translation>
        </message>
        <message>
            <source>Call list</source>
            <translation>Lista de llamadas</translation>
        </message>
        <message>
            <source>Reading today's calls…</source>
            <translation>Leyendo las llamadas de hoy…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>No phone number on file: open the customer to add one.</source>
            <translation>No hay ningún teléfono registrado: abra el cliente para añadir uno.</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation>No preguntado</translation>
        </message>
        <message>
            <source>1 — very unhappy</source>
            <translation>1 — muy insatisfecho</translation>
        </message>
        <message>
            <source>5 — very happy</source>
            <translation>5 — muy satisfecho</translation>
        </message>
        <message>
            <source>1 or 2 books a recovery call for the owner</source>
            <translation>Un 1 o un 2 programa una llamada de recuperación para el propietario</translation>
        </message>
        <message>
            <source>Send the &amp;update…</source>
            <translation>Enviar el &amp;aviso…</translation>
        </message>
        <message>
            <source>The prepared message, by e-mail or SMS, instead of this call</source>
            <translation>El mensaje preparado, por e-mail o SMS, en lugar de esta llamada</translation>
        </message>
        <message>
            <source>S&amp;kip</source>
            <translation>&amp;Omitir</translation>
        </message>
        <message>
            <source>Next call, recording nothing: this one stays on Today</source>
            <translation>Siguiente llamada, sin registrar nada: esta sigue en Hoy</translation>
        </message>
        <message>
            <source>What to say</source>
            <translation>Qué decir</translation>
        </message>
        <message>
            <source>All calls done</source>
            <translation>Todas las llamadas hechas</translation>
        </message>
        <message>
            <source>Call {number} of {count}</source>
            <translation>Llamada {number} de {count}</translation>
        </message>
        <message>
            <source>Their score — the point of this call</source>
            <translation>Su puntuación: el objetivo de esta llamada</translation>
        </message>
        <message>
            <source>Their opinion, asked on every call (if they give it)</source>
            <translation>Su opinión, que se pregunta en cada llamada (si la da)</translation>
        </message>
        <message>
            <source>What they said</source>
            <translation>Lo que ha dicho</translation>
        </message>
        <message>
            <source>The customer's own words (kept when they were reached)</source>
            <translation>Las propias palabras del cliente (se guardan si se le ha contactado)</translation>
        </message>
        <message>
            <source>What they said about the news (kept when they were reached)</source>
            <translation>Lo que ha dicho sobre el aviso (se guarda si se le ha contactado)</translation>
        </message>
        <message>
            <source>{number} — click to copy</source>
            <translation>{number} — haga clic para copiar</translation>
        </message>
        <message>
            <source>click a number to copy it</source>
            <translation>haga clic en un número para copiarlo</translation>
        </message>
        <message>
            <source>No calls are due today.</source>
            <translation>Hoy no hay llamadas pendientes.</translation>
        </message>
        <message numerus="yes">
            <source>{made} of %n call(s) recorded: {outcomes}</source>
            <translation>
                <numerusform>{made} de %n llamada registrada: {outcomes}</numerusform>
                <numerusform>{made} de %n llamadas registradas: {outcomes}</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied {number}.</source>
            <translation>Copiado: {number}.</translation>
        </message>
        <message>
            <source>Copied {number} ({customer})</source>
            <translation>Copiado: {number} ({customer})</translation>
        </message>
        <message>
            <source>✓ {customer}: the update was sent</source>
            <translation>✓ {customer}: se ha enviado el aviso</translation>
        </message>
        <message>
            <source>✓ {customer}: {outcome}</source>
            <translation>✓ {customer}: {outcome}</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Precio</translation>
        </message>
        <message>
            <source>Warranty</source>
            <translation>Garantía</translation>
        </message>
        <message>
            <source>Serial needed</source>
            <translation>Requiere n.º de serie</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n mes</numerusform>
                <numerusform>%n meses</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <comment>no warranty</comment>
            <translation>sin garantía</translation>
        </message>
        <message>
            <source>yes</source>
            <comment>a serial number is needed</comment>
            <translation>sí</translation>
        </message>
        <message>
            <source>retired</source>
            <comment>a product no longer sold</comment>
            <translation>retirado</translation>
        </message>
        <message>
            <source>on sale</source>
            <translation>a la venta</translation>
        </message>
        <message>
            <source>Edit product</source>
            <translation>Editar producto</translation>
        </message>
        <message>
            <source>New product</source>
            <translation>Nuevo producto</translation>
        </message>
        <message>
            <source>changes</source>
            <translation>los cambios</translation>
        </message>
        <message>
            <source>product</source>
            <translation>el producto</translation>
        </message>
        <message>
            <source>New category…</source>
            <translation>Nueva categoría…</translation>
        </message>
        <message>
            <source>In {currency}, e.g. {example}</source>
            <translation>En {currency}, p. ej. {example}</translation>
        </message>
        <message>
            <source>as its category</source>
            <translation>según su categoría</translation>
        </message>
        <message>
            <source> months</source>
            <translation> meses</translation>
        </message>
        <message>
            <source>Each unit has a serial number or IMEI, asked at the sale</source>
            <translation>Cada unidad tiene un número de serie o IMEI, que se pide al vender</translation>
        </message>
        <message>
            <source>SKU *</source>
            <translation>Referencia *</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Nombre *</translation>
        </message>
        <message>
            <source>After-sales plan</source>
            <translation>Plan posventa</translation>
        </message>
        <message numerus="yes">
            <source>{category} (%n month(s))</source>
            <translation>
                <numerusform>{category} (%n mes)</numerusform>
                <numerusform>{category} (%n meses)</numerusform>
            </translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>Catálogo</translation>
        </message>
        <message>
            <source>What the shop sells. A product's warranty and after-sales plan are used when it is sold: the follow-ups are scheduled from the plan. To record a sale, open the customer and choose &lt;b&gt;New sale…&lt;/b&gt;.</source>
            <translation>Lo que vende la tienda. La garantía y el plan posventa de un producto se aplican al venderlo: los seguimientos se programan según el plan. Para registrar una venta, abra el cliente y elija &lt;b&gt;Nueva venta…&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Show retired products</source>
            <translation>Mostrar productos retirados</translation>
        </message>
        <message>
            <source>New product…</source>
            <translation>Nuevo producto…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Retirar</translation>
        </message>
        <message>
            <source>Categories…</source>
            <translation>Categorías…</translation>
        </message>
        <message>
            <source>A category's default warranty and after-sales plan</source>
            <translation>La garantía y el plan posventa predeterminados de una categoría</translation>
        </message>
        <message>
            <source>Follow-up plans…</source>
            <translation>Planes de seguimiento…</translation>
        </message>
        <message>
            <source>What a sale schedules: thank-you call, satisfaction check, reminders…</source>
            <translation>Lo que programa una venta: llamada de agradecimiento, control de satisfacción, recordatorios…</translation>
        </message>
        <message>
            <source>Pu&amp;t back on sale</source>
            <translation>&amp;Volver a poner a la venta</translation>
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation>Re&amp;tirar</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categorías</translation>
        </message>
        <message>
            <source>Category to edit:</source>
            <translation>Categoría que editar:</translation>
        </message>
        <message>
            <source>Follow-up plans</source>
            <translation>Planes de seguimiento</translation>
        </message>
        <message>
            <source>Plan to edit:</source>
            <translation>Plan que editar:</translation>
        </message>
        <message>
            <source>New plan…</source>
            <translation>Nuevo plan…</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Modificado por otra persona</translation>
        </message>
        <message>
            <source>Someone else</source>
            <translation>Otra persona</translation>
        </message>
        <message>
            <source>&lt;b&gt;{who}&lt;/b&gt; saved &lt;b&gt;{what}&lt;/b&gt; at {time} on {date}, while you had it open. Nothing of yours has been saved yet.</source>
            <translation>&lt;b&gt;{who}&lt;/b&gt; guardó &lt;b&gt;{what}&lt;/b&gt; a las {time} del {date}, mientras usted lo tenía abierto. Todavía no se ha guardado ninguno de sus cambios.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{who}&lt;/b&gt; saved &lt;b&gt;{what}&lt;/b&gt;, while you had it open. Nothing of yours has been saved yet.</source>
            <translation>&lt;b&gt;{who}&lt;/b&gt; guardó &lt;b&gt;{what}&lt;/b&gt; mientras usted lo tenía abierto. Todavía no se ha guardado ninguno de sus cambios.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Saved by {who}</source>
            <translation>Guardado por {who}</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Su versión</translation>
        </message>
        <message>
            <source>Reload shows their version (what you typed is discarded). Keep mine saves yours over theirs; the history records that you did. Cancel takes you back to your form.</source>
            <translation>Recargar muestra la versión de la otra persona (se descarta lo que ha escrito). Mantener la mía guarda su versión por encima de la otra; el historial registra que lo hizo usted. Cancelar le devuelve a su formulario.</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Recargar</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Mantener la mía</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Not asked yet</source>
            <translation>Aún no preguntado</translation>
        </message>
        <message>
            <source>Yes, agrees to be contacted</source>
            <translation>Sí, acepta que se le contacte</translation>
        </message>
        <message>
            <source>No contact, please</source>
            <translation>No desea que se le contacte</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Particular</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Edit customer</source>
            <translation>Editar cliente</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>Nuevo cliente</translation>
        </message>
        <message>
            <source>customer details</source>
            <translation>los datos del cliente</translation>
        </message>
        <message>
            <source>as the customer says it, e.g. 06 12 34 56 78 or +44 20 7946 0958</source>
            <translation>tal como lo dice el cliente, p. ej. 612 34 56 78 o +44 20 7946 0958</translation>
        </message>
        <message>
            <source>comma separated, e.g. vip, business</source>
            <translation>separadas por comas, p. ej. vip, empresa</translation>
        </message>
        <message>
            <source>The shop's language</source>
            <translation>El idioma de la tienda</translation>
        </message>
        <message>
            <source>The language of this customer's printed documents and messages</source>
            <translation>El idioma de los documentos impresos y mensajes de este cliente</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Second phone</source>
            <translation>Segundo teléfono</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Contact consent</source>
            <translation>Consentimiento de contacto</translation>
        </message>
        <message>
            <source>Documents in</source>
            <translation>Documentos en</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Fields marked * are required.</source>
            <translation>Los campos marcados con * son obligatorios.</translation>
        </message>
        <message>
            <source>&lt;a href='{customer_id}'&gt;{name}&lt;/a&gt; already has this {reason}.</source>
            <translation>Coincide con &lt;a href='{customer_id}'&gt;{name}&lt;/a&gt; en: {reason}.</translation>
        </message>
        <message>
            <source>Possible duplicate: {matches} Save anyway, or open them.</source>
            <translation>Posible duplicado: {matches} Guarde de todos modos o ábralos.</translation>
        </message>
        <message>
            <source>Reloaded: this is their version now. Change it and save, or close.</source>
            <translation>Recargado: ahora se muestra la versión de la otra persona. Modifíquela y guarde, o cierre.</translation>
        </message>
        <message>
            <source>Not saved: someone else changed this customer. Save again to choose.</source>
            <translation>No guardado: otra persona ha modificado este cliente. Guarde de nuevo para elegir.</translation>
        </message>
        <message>
            <source>Save shows their change beside yours, and lets you choose.</source>
            <translation>Al guardar verá el cambio de la otra persona junto al suyo y podrá elegir.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Customer since</source>
            <translation>Cliente desde</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Ventas</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Seguimientos</translation>
        </message>
        <message>
            <source>Promises</source>
            <translation>Compromisos</translation>
        </message>
        <message>
            <source>Service jobs</source>
            <translation>Órdenes de servicio</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Solicitudes</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visitas</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s)</source>
            <translation>
                <numerusform>%n seguimiento</numerusform>
                <numerusform>%n seguimientos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n promise(s)</source>
            <translation>
                <numerusform>%n compromiso</numerusform>
                <numerusform>%n compromisos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n job(s)</source>
            <translation>
                <numerusform>%n orden</numerusform>
                <numerusform>%n órdenes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n request(s)</source>
            <translation>
                <numerusform>%n solicitud</numerusform>
                <numerusform>%n solicitudes</numerusform>
            </translation>
        </message>
        <message>
            <source>{items} — show them</source>
            <translation>{items} — mostrarlos</translation>
        </message>
        <message>
            <source>Log a contact…</source>
            <translation>Registrar un contacto…</translation>
        </message>
        <message>
            <source>Schedule a follow-up…</source>
            <translation>Programar un seguimiento…</translation>
        </message>
        <message>
            <source>Record a promise…</source>
            <translation>Registrar un compromiso…</translation>
        </message>
        <message>
            <source>New sale…</source>
            <translation>Nueva venta…</translation>
        </message>
        <message>
            <source>Record a sale for this customer; its follow-ups are scheduled</source>
            <translation>Registrar una venta para este cliente; se programan sus seguimientos</translation>
        </message>
        <message>
            <source>New service job…</source>
            <translation>Nueva orden de servicio…</translation>
        </message>
        <message>
            <source>Take a unit in for repair: its warranty is checked; select a sold item first to take that one</source>
            <translation>Recepcionar un equipo para reparar: se comprueba su garantía; seleccione antes un artículo vendido para recepcionar ese</translation>
        </message>
        <message>
            <source>New request…</source>
            <translation>Nueva solicitud…</translation>
        </message>
        <message>
            <source>Something the customer asks the shop to do or solve that is not a repair: an activation, a duplicate SIM, a billing question, a complaint… It stays on the lists until it is resolved</source>
            <translation>Algo que el cliente pide a la tienda que haga o resuelva y que no es una reparación: una activación, un duplicado de SIM, una consulta de facturación, una reclamación… Sigue en las listas hasta que se resuelve</translation>
        </message>
        <message>
            <source>Print history…</source>
            <translation>Imprimir historial…</translation>
        </message>
        <message>
            <source>The customer's whole history (or a period of it) as a PDF</source>
            <translation>Todo el historial del cliente (o un periodo) en PDF</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Abrir…</translation>
        </message>
        <message>
            <source>Open the selected sale, service job or request (or double-click it)</source>
            <translation>Abrir la venta, orden de servicio o solicitud seleccionada (o hacer doble clic en ella)</translation>
        </message>
        <message>
            <source>Move promise date…</source>
            <translation>Cambiar fecha del compromiso…</translation>
        </message>
        <message>
            <source>Select an open promise; the new date needs a reason, and every move is kept</source>
            <translation>Seleccione un compromiso abierto; la nueva fecha requiere un motivo y se guarda cada cambio</translation>
        </message>
        <message>
            <source>Tell the customer…</source>
            <translation>Avisar al cliente…</translation>
        </message>
        <message>
            <source>A ready-to-send message on the selected promise or job; logged on the history when sent</source>
            <translation>Un mensaje listo para enviar sobre el compromiso o la orden seleccionados; se anota en el historial al enviarlo</translation>
        </message>
        <message>
            <source>Promise kept</source>
            <translation>Compromiso cumplido</translation>
        </message>
        <message>
            <source>Broken…</source>
            <translation>Incumplido…</translation>
        </message>
        <message>
            <source>The promise will not be kept: say what the shop will do about it; the owner gets a recovery call</source>
            <translation>El compromiso no se cumplirá: indique qué hará la tienda al respecto; el propietario recibe una llamada de recuperación</translation>
        </message>
        <message>
            <source>Cancel promise…</source>
            <translation>Cancelar compromiso…</translation>
        </message>
        <message>
            <source>Nothing is owed any more (say why)</source>
            <translation>Ya no se debe nada (indique el motivo)</translation>
        </message>
        <message>
            <source>Void this sale…</source>
            <translation>Anular esta venta…</translation>
        </message>
        <message>
            <source>Select a sale in the history first; its open follow-ups are cancelled</source>
            <translation>Seleccione antes una venta en el historial; se cancelan sus seguimientos abiertos</translation>
        </message>
        <message>
            <source>Change sale date…</source>
            <translation>Cambiar fecha de la venta…</translation>
        </message>
        <message>
            <source>Correct the date of the selected sale; its open follow-ups move with it</source>
            <translation>Corregir la fecha de la venta seleccionada; sus seguimientos abiertos se desplazan con ella</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Más</translation>
        </message>
        <message>
            <source>Merge a duplicate, archive; a vCard for an address book, the customer's own data, or erasing it</source>
            <translation>Fusionar un duplicado, archivar; una vCard para una libreta de direcciones, los datos propios del cliente o borrarlo</translation>
        </message>
        <message>
            <source>Merge a duplicate…</source>
            <translation>Fusionar un duplicado…</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archivar</translation>
        </message>
        <message>
            <source>Export vCard…</source>
            <translation>Exportar vCard…</translation>
        </message>
        <message>
            <source>The customer's phones, e-mail, address and company, for an address book</source>
            <translation>Los teléfonos, el e-mail, la dirección y la empresa del cliente, para una libreta de direcciones</translation>
        </message>
        <message>
            <source>Contact consent…</source>
            <translation>Consentimiento de contacto…</translation>
        </message>
        <message>
            <source>E-mails and text messages: what the customer said, and when</source>
            <translation>E-mails y mensajes de texto: qué dijo el cliente y cuándo</translation>
        </message>
        <message>
            <source>Export this customer's data…</source>
            <translation>Exportar los datos de este cliente…</translation>
        </message>
        <message>
            <source>Erase this customer…</source>
            <translation>Borrar este cliente…</translation>
        </message>
        <message>
            <source>With the selected line:</source>
            <translation>Con la línea seleccionada:</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <source>Only open items</source>
            <translation>Solo pendientes</translation>
        </message>
        <message>
            <source>What is still to do or running: follow-ups, promises, jobs, requests</source>
            <translation>Lo que queda por hacer o está en curso: seguimientos, compromisos, órdenes, solicitudes</translation>
        </message>
        <message numerus="yes">
            <source>Plans beyond %n day(s)</source>
            <translation>
                <numerusform>Planes a más de %n día</numerusform>
                <numerusform>Planes a más de %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>Yearly reminders and warranty notices further ahead</source>
            <translation>Recordatorios anuales y avisos de garantía más lejanos</translation>
        </message>
        <message>
            <source>Nothing yet: no sales, jobs, promises or contacts for this customer.</source>
            <translation>Todavía nada: este cliente no tiene ventas, órdenes, compromisos ni contactos.</translation>
        </message>
        <message>
            <source>&lt;span style='color:{color}'&gt;(archived)&lt;/span&gt;</source>
            <translation>&lt;span style='color:{color}'&gt;(archivado)&lt;/span&gt;</translation>
        </message>
        <message>
            <source>No phone or email on file</source>
            <translation>Sin teléfono ni e-mail registrado</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>Total spent</source>
            <translation>Total gastado</translation>
        </message>
        <message>
            <source>Open items</source>
            <translation>Pendientes</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Último contacto</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Satisfacción</translation>
        </message>
        <message>
            <source>Restore from archive</source>
            <translation>Desarchivar</translation>
        </message>
        <message>
            <source>Void sale</source>
            <translation>Anular venta</translation>
        </message>
        <message>
            <source>Why is {sale} voided? Its open follow-ups are cancelled with this reason; what was already done stays in the history.</source>
            <translation>¿Por qué se anula {sale}? Sus seguimientos abiertos se cancelan con este motivo; lo ya hecho se queda en el historial.</translation>
        </message>
        <message>
            <source>Change sale date</source>
            <translation>Cambiar fecha de la venta</translation>
        </message>
        <message>
            <source>The correct date of {sale} (YYYY-MM-DD). Its open follow-ups and warranty move with it:</source>
            <translation>La fecha correcta de {sale} (AAAA-MM-DD). Sus seguimientos abiertos y su garantía se desplazan con ella:</translation>
        </message>
        <message>
            <source>“{text}” is not a date like 2026-03-31.</source>
            <translation>«{text}» no es una fecha como 2026-03-31.</translation>
        </message>
        <message>
            <source>Move promise date</source>
            <translation>Cambiar fecha del compromiso</translation>
        </message>
        <message>
            <source>“{title}”</source>
            <translation>«{title}»</translation>
        </message>
        <message>
            <source>Promise broken</source>
            <translation>Compromiso incumplido</translation>
        </message>
        <message>
            <source>What will the shop do about it? (kept with the promise; the owner gets a recovery call)</source>
            <translation>¿Qué hará la tienda al respecto? (se guarda con el compromiso; el propietario recibe una llamada de recuperación)</translation>
        </message>
        <message>
            <source>Cancel the promise</source>
            <translation>Cancelar el compromiso</translation>
        </message>
        <message>
            <source>Why is nothing owed any more?</source>
            <translation>¿Por qué ya no se debe nada?</translation>
        </message>
        <message>
            <source>Say why: the reason is kept with the promise.</source>
            <translation>Indique el motivo: se guarda con el compromiso.</translation>
        </message>
        <message>
            <source>Archive customer</source>
            <translation>Archivar cliente</translation>
        </message>
        <message>
            <source>Archive {customer}? They disappear from lists but keep their whole history, and search finds them with “Show the archive”. You can restore them any time.</source>
            <translation>¿Archivar a {customer}? Desaparece de las listas pero conserva todo su historial, y la búsqueda lo encuentra con «Mostrar archivados». Puede desarchivarlo en cualquier momento.</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <source>New customer…</source>
            <translation>Nuevo cliente…</translation>
        </message>
        <message>
            <source>Show only customers with this tag</source>
            <translation>Mostrar solo los clientes con esta etiqueta</translation>
        </message>
        <message>
            <source>Show the archive</source>
            <translation>Mostrar archivados</translation>
        </message>
        <message>
            <source>Archived customers are kept with their history but hidden from lists</source>
            <translation>Los clientes archivados se conservan con su historial, pero no aparecen en las listas</translation>
        </message>
        <message>
            <source>No customers yet. &lt;b&gt;New customer…&lt;/b&gt; (Ctrl+N) adds the first one.</source>
            <translation>Todavía no hay clientes. &lt;b&gt;Nuevo cliente…&lt;/b&gt; (Ctrl+N) añade el primero.</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Todas las etiquetas</translation>
        </message>
        <message numerus="yes">
            <source>%Ln archived customer(s)</source>
            <translation>
                <numerusform>%Ln cliente archivado</numerusform>
                <numerusform>%Ln clientes archivados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s)</source>
            <translation>
                <numerusform>%Ln cliente</numerusform>
                <numerusform>%Ln clientes</numerusform>
            </translation>
        </message>
        <message>
            <source>Sales, one line per item</source>
            <translation>Ventas, una línea por artículo</translation>
        </message>
        <message>
            <source>Contacts with customers</source>
            <translation>Contactos con clientes</translation>
        </message>
        <message>
            <source>Calendar: follow-ups, visits, promises (.ics)</source>
            <translation>Calendario: seguimientos, visitas, compromisos (.ics)</translation>
        </message>
        <message>
            <source>Every customer as a vCard (.vcf)</source>
            <translation>Todos los clientes como vCard (.vcf)</translation>
        </message>
        <message>
            <source>CSV (any spreadsheet, UTF-8)</source>
            <translation>CSV (cualquier hoja de cálculo, UTF-8)</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Libro de Excel (.xlsx)</translation>
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
            <translation>Exportar clientes</translation>
        </message>
        <message>
            <source>Export sales with items</source>
            <translation>Exportar ventas con artículos</translation>
        </message>
        <message>
            <source>Export follow-ups</source>
            <translation>Exportar seguimientos</translation>
        </message>
        <message>
            <source>Export service jobs</source>
            <translation>Exportar órdenes de servicio</translation>
        </message>
        <message>
            <source>Export requests</source>
            <translation>Exportar solicitudes</translation>
        </message>
        <message>
            <source>Export contacts</source>
            <translation>Exportar contactos</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Exportar calendario</translation>
        </message>
        <message>
            <source>Export vcards</source>
            <translation>Exportar vCards</translation>
        </message>
        <message>
            <source>Customers ({what}) written to {path}</source>
            <translation>Clientes ({what}) guardados en {path}</translation>
        </message>
        <message>
            <source>Sales with items ({what}) written to {path}</source>
            <translation>Ventas con artículos ({what}) guardadas en {path}</translation>
        </message>
        <message>
            <source>Follow-ups ({what}) written to {path}</source>
            <translation>Seguimientos ({what}) guardados en {path}</translation>
        </message>
        <message>
            <source>Service jobs ({what}) written to {path}</source>
            <translation>Órdenes de servicio ({what}) guardadas en {path}</translation>
        </message>
        <message>
            <source>Requests ({what}) written to {path}</source>
            <translation>Solicitudes ({what}) guardadas en {path}</translation>
        </message>
        <message>
            <source>Contacts ({what}) written to {path}</source>
            <translation>Contactos ({what}) guardados en {path}</translation>
        </message>
        <message>
            <source>Calendar ({what}) written to {path}</source>
            <translation>Calendario ({what}) guardado en {path}</translation>
        </message>
        <message>
            <source>vCards ({what}) written to {path}</source>
            <translation>vCards ({what}) guardadas en {path}</translation>
        </message>
        <message>
            <source>Keep the calendar in this folder</source>
            <translation>Mantener el calendario en esta carpeta</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>Whose:</source>
            <translation>De quién:</translation>
        </message>
        <message>
            <source>Keep it up to date in a folder, for a calendar app to subscribe to</source>
            <translation>Mantenerlo actualizado en una carpeta, para que una aplicación de calendario se suscriba</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>Elegir carpeta…</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>Qué:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Formato:</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Name, company, e-mail, phones as typed, address, tags, notes: the columns an import reads back. Archived customers are left out.</source>
            <translation>Nombre, empresa, e-mail, teléfonos tal como se escribieron, dirección, etiquetas, notas: las columnas que una importación vuelve a leer. Los clientes archivados no se incluyen.</translation>
        </message>
        <message>
            <source>Sale numbers, items with serials, prices and warranty dates.</source>
            <translation>Números de venta, artículos con números de serie, precios y fechas de garantía.</translation>
        </message>
        <message>
            <source>Open follow-ups and promises on their day, visits at their hours. A calendar that imports the file again updates its events instead of doubling them.</source>
            <translation>Los seguimientos y compromisos abiertos en su día, las visitas a su hora. Un calendario que vuelve a importar el archivo actualiza sus eventos en lugar de duplicarlos.</translation>
        </message>
        <message>
            <source>Phones (mobile, home, work), e-mail, address and company, for a phone's address book; the shop's notes stay here.</source>
            <translation>Teléfonos (móvil, casa, trabajo), e-mail, dirección y empresa, para la libreta de direcciones de un teléfono; las notas de la tienda se quedan aquí.</translation>
        </message>
        <message>
            <source>The numbers people see (S-0042, J-0042, R-0042), names and dates.</source>
            <translation>Los números que se ven (S-0042, J-0042, R-0042), nombres y fechas.</translation>
        </message>
        <message>
            <source>Kept up to date: {path}</source>
            <translation>Actualizado automáticamente: {path}</translation>
        </message>
        <message>
            <source>No folder: the calendar is written only when you export it.</source>
            <translation>Sin carpeta: el calendario solo se guarda cuando lo exporta.</translation>
        </message>
        <message>
            <source>The calendar will be kept in {folder}.</source>
            <translation>El calendario se mantendrá en {folder}.</translation>
        </message>
        <message>
            <source>The calendar is no longer kept.</source>
            <translation>El calendario ya no se mantiene.</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>Escribiendo {file}…</translation>
        </message>
        <message>
            <source>vCard of {name}</source>
            <translation>vCard de {name}</translation>
        </message>
        <message>
            <source>vCard of {name} written to {path}</source>
            <translation>vCard de {name} guardada en {path}</translation>
        </message>
        <message>
            <source>Export vCard</source>
            <translation>Exportar vCard</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Complete: {follow_up}</source>
            <translation>Completar: {follow_up}</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>el resultado</translation>
        </message>
        <message>
            <source>What happened, what the customer said</source>
            <translation>Qué pasó, qué dijo el cliente</translation>
        </message>
        <message>
            <source>The customer's own words about the product or the service</source>
            <translation>Las propias palabras del cliente sobre el producto o el servicio</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Cómo</translation>
        </message>
        <message>
            <source>Outcome *</source>
            <translation>Resultado *</translation>
        </message>
        <message>
            <source>In their words</source>
            <translation>Con sus palabras</translation>
        </message>
        <message>
            <source>A score of 1 or 2 schedules a recovery call for the owner.</source>
            <translation>Una puntuación de 1 o 2 programa una llamada de recuperación para el propietario.</translation>
        </message>
        <message>
            <source>Reschedule: {follow_up}</source>
            <translation>Reprogramar: {follow_up}</translation>
        </message>
        <message>
            <source>new date and reason</source>
            <translation>la nueva fecha y el motivo</translation>
        </message>
        <message>
            <source>Why it moves (kept with the follow-up)</source>
            <translation>Por qué se cambia (se guarda con el seguimiento)</translation>
        </message>
        <message>
            <source>New date</source>
            <translation>Nueva fecha</translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>Motivo *</translation>
        </message>
        <message>
            <source>Skip: {follow_up}</source>
            <translation>Omitir: {follow_up}</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>el motivo</translation>
        </message>
        <message>
            <source>Why this follow-up is not needed</source>
            <translation>Por qué este seguimiento no es necesario</translation>
        </message>
        <message numerus="yes">
            <source>Reschedule %n follow-up(s)</source>
            <translation>
                <numerusform>Reprogramar %n seguimiento</numerusform>
                <numerusform>Reprogramar %n seguimientos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skip %n follow-up(s)</source>
            <translation>
                <numerusform>Omitir %n seguimiento</numerusform>
                <numerusform>Omitir %n seguimientos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Hand over %n follow-up(s)</source>
            <translation>
                <numerusform>Traspasar %n seguimiento</numerusform>
                <numerusform>Traspasar %n seguimientos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s), for {customers} and {more} more.</source>
            <translation>
                <numerusform>%n seguimiento, de {customers} y {more} más.</numerusform>
                <numerusform>%n seguimientos, de {customers} y {more} más.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s), for {customers}.</source>
            <translation>
                <numerusform>%n seguimiento, de {customers}.</numerusform>
                <numerusform>%n seguimientos, de {customers}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Why they move (kept with each follow-up)</source>
            <translation>Por qué se cambian (se guarda con cada seguimiento)</translation>
        </message>
        <message>
            <source>To</source>
            <comment>hand the follow-ups over to a person</comment>
            <translation>A</translation>
        </message>
        <message>
            <source>Why (optional)</source>
            <translation>Por qué (opcional)</translation>
        </message>
        <message>
            <source>Why they are not needed any more</source>
            <translation>Por qué ya no son necesarios</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Print the customer's history</source>
            <translation>Imprimir el historial del cliente</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <comment>the last day of a period</comment>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Últimos 12 meses</translation>
        </message>
        <message>
            <source>Whole history</source>
            <translation>Todo el historial</translation>
        </message>
        <message>
            <source>Everything since the customer's first visit</source>
            <translation>Todo desde la primera visita del cliente</translation>
        </message>
        <message>
            <source>Shop's copy: include the internal notes (not for the customer)</source>
            <translation>Copia de la tienda: incluir las notas internas (no para el cliente)</translation>
        </message>
        <message>
            <source>The customer's copy leaves out tags, notes, warranty-override reasons, the diagnosis, staff names, follow-ups and what was said in each contact</source>
            <translation>La copia del cliente omite etiquetas, notas, motivos de cambios de garantía, el diagnóstico, los nombres del personal, los seguimientos y lo que se dijo en cada contacto</translation>
        </message>
        <message>
            <source>History of {customer}: the last 12 months unless you choose otherwise.</source>
            <translation>Historial de {customer}: los últimos 12 meses, salvo que elija otro periodo.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>The period ends before it starts; swap the dates.</source>
            <translation>El periodo termina antes de empezar; intercambie las fechas.</translation>
        </message>
        <message>
            <source>History of {customer}</source>
            <translation>Historial de {customer}</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Productos</translation>
        </message>
        <message>
            <source>new</source>
            <comment>an import row's status</comment>
            <translation>nuevo</translation>
        </message>
        <message>
            <source>already here</source>
            <comment>an import row's status</comment>
            <translation>ya existe</translation>
        </message>
        <message>
            <source>update</source>
            <comment>an import row's status</comment>
            <translation>actualizar</translation>
        </message>
        <message>
            <source>error</source>
            <comment>an import row's status</comment>
            <translation>error</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Import</source>
            <comment>the button that starts it</comment>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Some rows have problems: correct the file, or tick 'Skip the rows with problems'.</source>
            <translation>Algunas filas tienen problemas: corrija el archivo o marque «Omitir las filas con problemas».</translation>
        </message>
        <message>
            <source>Cancelling… nothing will be saved.</source>
            <translation>Cancelando… no se guardará nada.</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>Elegir el archivo</translation>
        </message>
        <message>
            <source>CSV, Excel (.xlsx, .xls), LibreOffice (.ods) or contacts exported as vCard (.vcf).</source>
            <translation>CSV, Excel (.xlsx, .xls), LibreOffice (.ods) o contactos exportados como vCard (.vcf).</translation>
        </message>
        <message>
            <source>What it holds</source>
            <translation>Qué contiene</translation>
        </message>
        <message>
            <source>The file to import</source>
            <translation>El archivo que importar</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Hoja</translation>
        </message>
        <message>
            <source>Customer files (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.vcf);;All files (*)</source>
            <translation>Archivos de clientes (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.vcf);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Leyendo {file}…</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>No se puede leer el archivo.</translation>
        </message>
        <message>
            <source>{file}. Column names found on line {line}: {columns}</source>
            <translation>{file}. Nombres de columna encontrados en la línea {line}: {columns}</translation>
        </message>
        <message>
            <source>Which column holds what</source>
            <translation>Qué columna contiene qué</translation>
        </message>
        <message>
            <source>Guessed from the column names; the choice is remembered for next time.</source>
            <translation>Deducido de los nombres de las columnas; la elección se recuerda para la próxima vez.</translation>
        </message>
        <message>
            <source>Save the mapping…</source>
            <translation>Guardar la asignación…</translation>
        </message>
        <message>
            <source>Load a mapping…</source>
            <translation>Cargar una asignación…</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(no se importa)</translation>
        </message>
        <message>
            <source>{field} *</source>
            <translation>{field} *</translation>
        </message>
        <message>
            <source>Choose when the file needs it</source>
            <translation>Elíjalo si el archivo lo necesita</translation>
        </message>
        <message>
            <source>Point: 1234.50</source>
            <translation>Punto: 1234.50</translation>
        </message>
        <message>
            <source>Comma: 1234,50</source>
            <translation>Coma: 1234,50</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <source>Decimal separator</source>
            <translation>Separador decimal</translation>
        </message>
        <message>
            <source>Save the mapping</source>
            <translation>Guardar la asignación</translation>
        </message>
        <message>
            <source>Mapping (*.json)</source>
            <translation>Asignación (*.json)</translation>
        </message>
        <message>
            <source>The mapping cannot be saved: {reason}.</source>
            <translation>No se puede guardar la asignación: {reason}.</translation>
        </message>
        <message>
            <source>Load a mapping</source>
            <translation>Cargar una asignación</translation>
        </message>
        <message>
            <source>Check before importing</source>
            <translation>Comprobar antes de importar</translation>
        </message>
        <message>
            <source>Nothing is saved until you click Import.</source>
            <translation>No se guarda nada hasta que haga clic en Importar.</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Leyendo el archivo…</translation>
        </message>
        <message>
            <source>Leave what is already here as it is</source>
            <translation>Dejar como está lo que ya existe</translation>
        </message>
        <message>
            <source>Update it from the file</source>
            <translation>Actualizarlo desde el archivo</translation>
        </message>
        <message>
            <source>Skip the rows with problems</source>
            <translation>Omitir las filas con problemas</translation>
        </message>
        <message>
            <source>Sales: only schedule follow-ups still ahead</source>
            <translation>Ventas: programar solo los seguimientos que aún no han vencido</translation>
        </message>
        <message>
            <source>&amp;Cancel the import</source>
            <translation>&amp;Cancelar la importación</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Volver a comprobar</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>Comprobando cada fila…</translation>
        </message>
        <message>
            <source>Stop &amp;checking</source>
            <translation>Detener la &amp;comprobación</translation>
        </message>
        <message>
            <source>Checking stopped. Nothing was saved; click Check again to see the rows.</source>
            <translation>Comprobación detenida. No se ha guardado nada; haga clic en Volver a comprobar para ver las filas.</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Already here — {duplicate}</source>
            <translation>Ya existe — {duplicate}</translation>
        </message>
        <message>
            <source>No problems, nothing already here.</source>
            <translation>Sin problemas; ninguna fila existe ya.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message>
            <source>Start diagnosis</source>
            <translation>Iniciar diagnóstico</translation>
        </message>
        <message>
            <source>Waiting for parts</source>
            <translation>Esperando piezas</translation>
        </message>
        <message>
            <source>Waiting for customer</source>
            <translation>Esperando al cliente</translation>
        </message>
        <message>
            <source>Repairing</source>
            <translation>En reparación</translation>
        </message>
        <message>
            <source>Ready for pickup</source>
            <translation>Listo para recoger</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>Recogido</translation>
        </message>
        <message>
            <source>Cancel job…</source>
            <translation>Cancelar orden…</translation>
        </message>
        <message>
            <source>As the warranty check says</source>
            <translation>Según la comprobación de garantía</translation>
        </message>
        <message>
            <source>Covered: the shop pays</source>
            <translation>En garantía: paga la tienda</translation>
        </message>
        <message>
            <source>Billable: the customer pays</source>
            <translation>Facturable: paga el cliente</translation>
        </message>
        <message>
            <source>Goodwill: free, not a warranty claim</source>
            <translation>Cortesía: gratis, no es una reclamación de garantía</translation>
        </message>
        <message>
            <source>Low</source>
            <comment>a priority</comment>
            <translation>Baja</translation>
        </message>
        <message>
            <source>Normal</source>
            <comment>a priority</comment>
            <translation>Normal</translation>
        </message>
        <message>
            <source>High</source>
            <comment>a priority</comment>
            <translation>Alta</translation>
        </message>
        <message>
            <source>Urgent</source>
            <comment>a priority</comment>
            <translation>Urgente</translation>
        </message>
        <message>
            <source>open</source>
            <comment>a promise</comment>
            <translation>abierto</translation>
        </message>
        <message>
            <source>kept</source>
            <comment>a promise</comment>
            <translation>cumplido</translation>
        </message>
        <message>
            <source>broken</source>
            <comment>a promise</comment>
            <translation>incumplido</translation>
        </message>
        <message>
            <source>cancelled</source>
            <comment>a promise</comment>
            <translation>cancelado</translation>
        </message>
        <message>
            <source>covered</source>
            <comment>warranty found at intake</comment>
            <translation>cubierta</translation>
        </message>
        <message>
            <source>expired</source>
            <comment>warranty found at intake</comment>
            <translation>vencida</translation>
        </message>
        <message>
            <source>not sold here</source>
            <comment>warranty found at intake</comment>
            <translation>no vendido aquí</translation>
        </message>
        <message>
            <source>unknown</source>
            <comment>warranty found at intake</comment>
            <translation>desconocida</translation>
        </message>
        <message>
            <source>covered</source>
            <comment>who pays for a job</comment>
            <translation>en garantía</translation>
        </message>
        <message>
            <source>billable</source>
            <comment>who pays for a job</comment>
            <translation>facturable</translation>
        </message>
        <message>
            <source>goodwill</source>
            <comment>who pays for a job</comment>
            <translation>cortesía</translation>
        </message>
        <message>
            <source>scheduled</source>
            <comment>a visit</comment>
            <translation>programada</translation>
        </message>
        <message>
            <source>done</source>
            <comment>a visit</comment>
            <translation>realizada</translation>
        </message>
        <message>
            <source>cancelled</source>
            <comment>a visit</comment>
            <translation>cancelada</translation>
        </message>
        <message>
            <source>New service job</source>
            <translation>Nueva orden de servicio</translation>
        </message>
        <message>
            <source>service job</source>
            <translation>la orden de servicio</translation>
        </message>
        <message>
            <source>Another unit (type it below)</source>
            <translation>Otro equipo (escríbalo abajo)</translation>
        </message>
        <message>
            <source>Make and model, e.g. Samsung Galaxy A54</source>
            <translation>Marca y modelo, p. ej. Samsung Galaxy A54</translation>
        </message>
        <message>
            <source>Serial or IMEI (scan it): the warranty is looked up</source>
            <translation>Número de serie o IMEI (escanéelo): se busca la garantía</translation>
        </message>
        <message>
            <source>Why the decision differs from the warranty check</source>
            <translation>Por qué la decisión difiere de la comprobación de garantía</translation>
        </message>
        <message>
            <source>What the customer says is wrong, in their words</source>
            <translation>Lo que el cliente dice que falla, con sus palabras</translation>
        </message>
        <message>
            <source>Charger, case, SIM card… (what stays with the unit)</source>
            <translation>Cargador, funda, tarjeta SIM… (lo que se queda con el equipo)</translation>
        </message>
        <message>
            <source>Scratches, dents, cracked glass…</source>
            <translation>Arañazos, golpes, cristal roto…</translation>
        </message>
        <message>
            <source>No preference</source>
            <translation>Sin preferencia</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Llamada telefónica</translation>
        </message>
        <message>
            <source>Message</source>
            <comment>how a contact happened</comment>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Not assigned yet</source>
            <translation>Sin asignar todavía</translation>
        </message>
        <message>
            <source>Promise a date</source>
            <translation>Prometer una fecha</translation>
        </message>
        <message>
            <source>Unit sold here</source>
            <translation>Equipo vendido aquí</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <source>Serial / IMEI</source>
            <translation>N.º de serie / IMEI</translation>
        </message>
        <message>
            <source>Who pays</source>
            <translation>Quién paga</translation>
        </message>
        <message>
            <source>Reported problem</source>
            <translation>Problema indicado</translation>
        </message>
        <message>
            <source>Accessories left</source>
            <translation>Accesorios entregados</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Estado físico</translation>
        </message>
        <message>
            <source>Contact by</source>
            <translation>Contactar por</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Técnico</translation>
        </message>
        <message>
            <source>Ready by</source>
            <translation>Listo para el</translation>
        </message>
        <message>
            <source>{warranty} · bought by another customer</source>
            <translation>{warranty} · comprado por otro cliente</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Qty / h</source>
            <translation>Cant. / h</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Precio unitario</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>Pagado por</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Pieza</translation>
        </message>
        <message>
            <source>Labour</source>
            <translation>Mano de obra</translation>
        </message>
        <message>
            <source>warranty</source>
            <comment>who pays for a line</comment>
            <translation>garantía</translation>
        </message>
        <message>
            <source>customer</source>
            <comment>who pays for a line</comment>
            <translation>cliente</translation>
        </message>
        <message>
            <source>Add a part or labour</source>
            <translation>Añadir una pieza o mano de obra</translation>
        </message>
        <message>
            <source>part or labour</source>
            <translation>la pieza o mano de obra</translation>
        </message>
        <message>
            <source>Labour (hours)</source>
            <translation>Mano de obra (horas)</translation>
        </message>
        <message>
            <source>what it costs the shop, e.g. {amount}</source>
            <translation>lo que le cuesta a la tienda, p. ej. {amount}</translation>
        </message>
        <message>
            <source>what the customer would pay, e.g. {amount}</source>
            <translation>lo que pagaría el cliente, p. ej. {amount}</translation>
        </message>
        <message>
            <source>Covered by the warranty (the shop pays)</source>
            <translation>Cubierto por la garantía (paga la tienda)</translation>
        </message>
        <message>
            <source>Quantity / hours</source>
            <translation>Cantidad / horas</translation>
        </message>
        <message>
            <source>Unit cost</source>
            <translation>Coste unitario</translation>
        </message>
        <message>
            <source>Quantity: “{text}” is not a number like 1 or 0.5.</source>
            <translation>Cantidad: «{text}» no es un número como 1 o 0,5.</translation>
        </message>
        <message>
            <source>Schedule a visit</source>
            <translation>Programar una visita</translation>
        </message>
        <message>
            <source>visit</source>
            <translation>la visita</translation>
        </message>
        <message>
            <source>Not assigned</source>
            <translation>Sin asignar</translation>
        </message>
        <message>
            <source>From</source>
            <comment>a time</comment>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <comment>a time</comment>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>At the customer's (on site)</source>
            <translation>En casa del cliente (a domicilio)</translation>
        </message>
        <message>
            <source>Blank: the customer's address</source>
            <translation>En blanco: la dirección del cliente</translation>
        </message>
        <message>
            <source>to</source>
            <comment>between two times</comment>
            <translation>a</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>las notas</translation>
        </message>
        <message>
            <source>Changes are saved in this person's name; switch at the bottom of the main window.</source>
            <translation>Los cambios se guardan a nombre de esta persona; puede cambiarla en la parte inferior de la ventana principal.</translation>
        </message>
        <message>
            <source>Move to:</source>
            <translation>Pasar a:</translation>
        </message>
        <message>
            <source>Parts and labour</source>
            <translation>Piezas y mano de obra</translation>
        </message>
        <message>
            <source>Add part or labour…</source>
            <translation>Añadir pieza o mano de obra…</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Quitar línea</translation>
        </message>
        <message>
            <source>Take the selected line off (kept in the job's audit trail)</source>
            <translation>Quitar la línea seleccionada (queda en el registro de auditoría de la orden)</translation>
        </message>
        <message>
            <source>Technician's notes</source>
            <translation>Notas del técnico</translation>
        </message>
        <message>
            <source>Save notes</source>
            <translation>Guardar notas</translation>
        </message>
        <message>
            <source>Diagnosis</source>
            <translation>Diagnóstico</translation>
        </message>
        <message>
            <source>Work done</source>
            <translation>Trabajo realizado</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Lista de comprobación</translation>
        </message>
        <message>
            <source>Apply a procedure…</source>
            <translation>Aplicar un procedimiento…</translation>
        </message>
        <message>
            <source>Schedule a visit…</source>
            <translation>Programar una visita…</translation>
        </message>
        <message>
            <source>Visit done…</source>
            <translation>Visita realizada…</translation>
        </message>
        <message>
            <source>Cancel visit</source>
            <translation>Cancelar visita</translation>
        </message>
        <message>
            <source>Move ready-by date…</source>
            <translation>Cambiar fecha prevista…</translation>
        </message>
        <message>
            <source>Record exchange…</source>
            <translation>Registrar cambio de equipo…</translation>
        </message>
        <message>
            <source>Another promise about this job, e.g. “we call you Friday”</source>
            <translation>Otro compromiso sobre esta orden, p. ej. «le llamamos el viernes»</translation>
        </message>
        <message>
            <source>Print job sheet…</source>
            <translation>Imprimir hoja de servicio…</translation>
        </message>
        <message>
            <source>Print receipt…</source>
            <translation>Imprimir ticket…</translation>
        </message>
        <message>
            <source>The intake receipt for the customer (format: File → Shop details)</source>
            <translation>El ticket de recepción para el cliente (formato: Archivo → Datos de la tienda)</translation>
        </message>
        <message>
            <source>Print label…</source>
            <translation>Imprimir etiqueta…</translation>
        </message>
        <message>
            <source>A label for the unit: the job's, or the serial's</source>
            <translation>Una etiqueta para el equipo: la de la orden o la del número de serie</translation>
        </message>
        <message>
            <source>Job label</source>
            <translation>Etiqueta de la orden</translation>
        </message>
        <message>
            <source>Serial label</source>
            <translation>Etiqueta del número de serie</translation>
        </message>
        <message>
            <source>saving the notes shows their change beside yours.</source>
            <translation>al guardar las notas verá el cambio de la otra persona junto al suyo.</translation>
        </message>
        <message>
            <source>You: {person}</source>
            <translation>Usted: {person}</translation>
        </message>
        <message>
            <source>You: not chosen yet</source>
            <translation>Usted: aún sin elegir</translation>
        </message>
        <message>
            <source>&lt;b style='font-size:15pt'&gt;{number}&lt;/b&gt; &amp;nbsp; {unit} &amp;nbsp; &lt;span style='color:{muted}'&gt;for {customer}&lt;/span&gt;</source>
            <translation>&lt;b style='font-size:15pt'&gt;{number}&lt;/b&gt; &amp;nbsp; {unit} &amp;nbsp; &lt;span style='color:{muted}'&gt;de {customer}&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Estado: {status}</translation>
        </message>
        <message>
            <source>Serial: {serial} → replaced by {replacement}</source>
            <translation>N.º de serie: {serial} → sustituido por {replacement}</translation>
        </message>
        <message>
            <source>Serial: {serial}</source>
            <translation>N.º de serie: {serial}</translation>
        </message>
        <message>
            <source>Warranty at intake: {status}; now: {found}</source>
            <translation>Garantía en la recepción: {status}; ahora: {found}</translation>
        </message>
        <message>
            <source>Who pays: {decision} (override: {reason})</source>
            <translation>Quién paga: {decision} (excepción: {reason})</translation>
        </message>
        <message>
            <source>Who pays: {decision}</source>
            <translation>Quién paga: {decision}</translation>
        </message>
        <message>
            <source>Problem: {problem}</source>
            <translation>Problema: {problem}</translation>
        </message>
        <message>
            <source>Ready by {date} · {promise} · {status}</source>
            <translation>Listo para el {date} · {promise} · {status}</translation>
        </message>
        <message>
            <source>moved {old} → {new}: {reason}</source>
            <translation>cambio {old} → {new}: {reason}</translation>
        </message>
        <message>
            <source>Closed {date}</source>
            <translation>Cerrada el {date}</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Cerrada</translation>
        </message>
        <message>
            <source>Last action today</source>
            <translation>Última acción: hoy</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) since the last action</source>
            <translation>
                <numerusform>%n día desde la última acción</numerusform>
                <numerusform>%n días desde la última acción</numerusform>
            </translation>
        </message>
        <message>
            <source>Parts {parts} · labour {labour} · customer pays {billable} · warranty cost to the shop {covered}</source>
            <translation>Piezas {parts} · mano de obra {labour} · paga el cliente {billable} · coste de garantía para la tienda {covered}</translation>
        </message>
        <message>
            <source>Ticked {when}</source>
            <translation>Marcado {when}</translation>
        </message>
        <message>
            <source>No checklist yet: apply a procedure</source>
            <translation>Todavía no hay lista de comprobación: aplique un procedimiento</translation>
        </message>
        <message>
            <source>no technician</source>
            <translation>sin técnico</translation>
        </message>
        <message>
            <source>Cancel the job</source>
            <translation>Cancelar la orden</translation>
        </message>
        <message>
            <source>Why is the job cancelled?</source>
            <translation>¿Por qué se cancela la orden?</translation>
        </message>
        <message>
            <source>Select the line to remove first.</source>
            <translation>Seleccione primero la línea que quitar.</translation>
        </message>
        <message>
            <source>Select a visit in the list first.</source>
            <translation>Seleccione primero una visita de la lista.</translation>
        </message>
        <message>
            <source>Visit done</source>
            <translation>Visita realizada</translation>
        </message>
        <message>
            <source>What was done?</source>
            <translation>¿Qué se hizo?</translation>
        </message>
        <message>
            <source>There are no procedures yet; add one from the Service page (Procedures…).</source>
            <translation>Todavía no hay procedimientos; añada uno desde la página Servicio técnico (Procedimientos…).</translation>
        </message>
        <message>
            <source>Apply a procedure</source>
            <translation>Aplicar un procedimiento</translation>
        </message>
        <message>
            <source>Procedure:</source>
            <translation>Procedimiento:</translation>
        </message>
        <message>
            <source>Record an exchange</source>
            <translation>Registrar un cambio de equipo</translation>
        </message>
        <message>
            <source>Serial or IMEI of the replacement unit
(the warranty end of the original sale is kept):</source>
            <translation>Número de serie o IMEI del equipo de sustitución
(se mantiene el fin de garantía de la venta original):</translation>
        </message>
        <message>
            <source>The replacement keeps the original warranty end, {date}. Keep it?</source>
            <translation>El equipo de sustitución mantiene el fin de garantía original, {date}. ¿Mantenerlo?</translation>
        </message>
        <message>
            <source>New warranty end (YYYY-MM-DD):</source>
            <translation>Nuevo fin de garantía (AAAA-MM-DD):</translation>
        </message>
        <message>
            <source>Why does the replacement's warranty end differ?</source>
            <translation>¿Por qué difiere el fin de garantía del equipo de sustitución?</translation>
        </message>
        <message>
            <source>Record a promise</source>
            <translation>Registrar un compromiso</translation>
        </message>
        <message>
            <source>What was promised?</source>
            <translation>¿Qué se ha prometido?</translation>
        </message>
        <message>
            <source>By when? (YYYY-MM-DD)</source>
            <translation>¿Para cuándo? (AAAA-MM-DD)</translation>
        </message>
        <message>
            <source>Move the ready-by date</source>
            <translation>Cambiar la fecha prevista</translation>
        </message>
        <message>
            <source>the job's ready-by</source>
            <translation>la entrega prevista de la orden</translation>
        </message>
        <message>
            <source>Job sheet {number}</source>
            <translation>Hoja de servicio {number}</translation>
        </message>
        <message>
            <source>Serial label ({serial})</source>
            <translation>Etiqueta del número de serie ({serial})</translation>
        </message>
        <message>
            <source>Serial label (no serial)</source>
            <translation>Etiqueta del número de serie (sin número de serie)</translation>
        </message>
        <message>
            <source>This unit has no serial number to print.</source>
            <translation>Este equipo no tiene número de serie que imprimir.</translation>
        </message>
        <message>
            <source>Print the label</source>
            <translation>Imprimir la etiqueta</translation>
        </message>
        <message>
            <source>Print the receipt</source>
            <translation>Imprimir el ticket</translation>
        </message>
        <message>
            <source>Intake receipt</source>
            <translation>Ticket de recepción</translation>
        </message>
        <message>
            <source>Print the intake receipt of {job} for the customer?</source>
            <translation>¿Imprimir el ticket de recepción de {job} para el cliente?</translation>
        </message>
        <message>
            <source>Tell the customer · {ref}</source>
            <translation>Avisar al cliente · {ref}</translation>
        </message>
        <message>
            <source>Tell the customer</source>
            <translation>Avisar al cliente</translation>
        </message>
        <message>
            <source>Check the message, then send it, copy it or open it in your e-mail program:</source>
            <translation>Revise el mensaje y después envíelo, cópielo o ábralo en su programa de correo:</translation>
        </message>
        <message>
            <source>Send by &amp;e-mail</source>
            <translation>Enviar por &amp;e-mail</translation>
        </message>
        <message>
            <source>Send by &amp;SMS</source>
            <translation>Enviar por &amp;SMS</translation>
        </message>
        <message>
            <source>&amp;Copy and log as sent</source>
            <translation>&amp;Copiar y registrar como enviado</translation>
        </message>
        <message>
            <source>&amp;Open in e-mail…</source>
            <translation>&amp;Abrir en el programa de correo…</translation>
        </message>
        <message>
            <source>The customer has no e-mail address</source>
            <translation>El cliente no tiene dirección de e-mail</translation>
        </message>
        <message>
            <source>Your repair {job}</source>
            <translation>Su reparación {job}</translation>
        </message>
        <message>
            <source>News from the shop</source>
            <translation>Novedades de la tienda</translation>
        </message>
        <message>
            <source>Send it now from the shop to {recipient}</source>
            <translation>Enviarlo ahora desde la tienda a {recipient}</translation>
        </message>
        <message>
            <source>As an SMS: {size}</source>
            <translation>Como SMS: {size}</translation>
        </message>
        <message>
            <source>Already in the outbox</source>
            <translation>Ya está en la bandeja de salida</translation>
        </message>
        <message>
            <source>Not sent yet: {error} It is in the outbox (Settings → Outbox), tried again by itself.</source>
            <translation>Todavía no enviado: {error} Está en la bandeja de salida (Configuración → Bandeja de salida) y se reintentará automáticamente.</translation>
        </message>
        <message>
            <source>the server did not take it</source>
            <translation>el servidor no lo aceptó</translation>
        </message>
        <message>
            <source>Not sent: {error}</source>
            <translation>No enviado: {error}</translation>
        </message>
        <message>
            <source>No e-mail program answered; the message is copied instead.</source>
            <translation>Ningún programa de correo ha respondido; en su lugar, se ha copiado el mensaje.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The language of the window, of the printed documents and of the command line on this computer. A customer whose record names a language gets their documents in it.</source>
            <translation>El idioma de la ventana, de los documentos impresos y de la línea de comandos en este ordenador. Un cliente cuya ficha indica un idioma recibe sus documentos en ese idioma.</translation>
        </message>
        <message>
            <source>As the computer ({language})</source>
            <translation>Como el sistema ({language})</translation>
        </message>
        <message>
            <source>It takes effect when crm_desktop starts again.</source>
            <translation>Se aplica la próxima vez que se inicie crm_desktop.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Servicio técnico</translation>
        </message>
        <message>
            <source>Warranties</source>
            <translation>Garantías</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>&amp;New customer…</source>
            <translation>&amp;Nuevo cliente…</translation>
        </message>
        <message>
            <source>New &amp;sale…</source>
            <translation>Nueva &amp;venta…</translation>
        </message>
        <message>
            <source>New service &amp;job…</source>
            <translation>Nueva &amp;orden de servicio…</translation>
        </message>
        <message>
            <source>On a customer's page: take a unit in; elsewhere: scan its serial</source>
            <translation>En la página de un cliente: recepcionar un equipo; en otro lugar: escanear su número de serie</translation>
        </message>
        <message>
            <source>New &amp;request…</source>
            <translation>Nueva soli&amp;citud…</translation>
        </message>
        <message>
            <source>On a customer's page: something they ask the shop to do or solve (an activation, a duplicate SIM, a complaint…); elsewhere: find the customer first</source>
            <translation>En la página de un cliente: algo que pide a la tienda que haga o resuelva (una activación, un duplicado de SIM, una reclamación…); en otro lugar: buscar primero al cliente</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Buscar…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Im&amp;primir…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>Customers, sales, follow-ups, jobs, requests, contacts (CSV, Excel); the calendar; vCards</source>
            <translation>Clientes, ventas, seguimientos, órdenes, solicitudes, contactos (CSV, Excel); el calendario; vCards</translation>
        </message>
        <message>
            <source>The customer's history, the day's job sheets on the Service page, or the metrics on Reports</source>
            <translation>El historial del cliente, las hojas de servicio del día en la página Servicio técnico o las cifras en Informes</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;About crm_desktop</source>
            <translation>&amp;Acerca de crm_desktop</translation>
        </message>
        <message>
            <source>Shop &amp;details…</source>
            <translation>&amp;Datos de la tienda…</translation>
        </message>
        <message>
            <source>Shop ser&amp;ver…</source>
            <translation>Se&amp;rvidor de la tienda…</translation>
        </message>
        <message>
            <source>Share the shop between several computers on a PostgreSQL server</source>
            <translation>Compartir la tienda entre varios ordenadores en un servidor PostgreSQL</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>Explore a sample s&amp;hop</source>
            <translation>Explorar una &amp;tienda de ejemplo</translation>
        </message>
        <message>
            <source>Back to &amp;my shop's database</source>
            <translation>Volver a la base de datos de &amp;mi tienda</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Include the archive</source>
            <translation>Incluir archivados</translation>
        </message>
        <message>
            <source>Also find archived customers (merged duplicates, old accounts)</source>
            <translation>Buscar también clientes archivados (duplicados fusionados, cuentas antiguas)</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <source>This copy can't be changed: {reason}. You can look customers up and print; saving is refused. To work in it, copy it to a folder you can write in, or ask for write access.</source>
            <translation>Esta copia no se puede modificar: {reason}. Puede consultar clientes e imprimir; no se permite guardar. Para trabajar en ella, cópiela a una carpeta en la que pueda escribir o solicite permiso de escritura.</translation>
        </message>
        <message>
            <source>Database: {database}</source>
            <translation>Base de datos: {database}</translation>
        </message>
        <message>
            <source>Changes made on other workstations no longer appear by themselves: reopen the app.</source>
            <translation>Los cambios hechos en otros puestos ya no aparecen automáticamente: vuelva a abrir la aplicación.</translation>
        </message>
        <message>
            <source>Updated with what another workstation saved.</source>
            <translation>Actualizado con lo que ha guardado otro puesto.</translation>
        </message>
        <message>
            <source>Nothing due today</source>
            <translation>Nada pendiente para hoy</translation>
        </message>
        <message>
            <source>&lt;b style='color:{color}'&gt;{overdue} overdue&lt;/b&gt; · &lt;b&gt;{due_today} due today&lt;/b&gt; — see Today (Ctrl+1)</source>
            <translation>&lt;b style='color:{color}'&gt;Atrasados: {overdue}&lt;/b&gt; · &lt;b&gt;Para hoy: {due_today}&lt;/b&gt; — ver Hoy (Ctrl+1)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{due_today} due today&lt;/b&gt; — see Today (Ctrl+1)</source>
            <translation>&lt;b&gt;Para hoy: {due_today}&lt;/b&gt; — ver Hoy (Ctrl+1)</translation>
        </message>
        <message>
            <source>Today's automatic backup is made: {file}. {problem}</source>
            <translation>Se ha hecho la copia de seguridad automática de hoy: {file}. {problem}</translation>
        </message>
        <message>
            <source>Today's automatic backup is made: {file}</source>
            <translation>Se ha hecho la copia de seguridad automática de hoy: {file}</translation>
        </message>
        <message>
            <source>Today's automatic backup could not be made: {reason}</source>
            <translation>No se ha podido hacer la copia de seguridad automática de hoy: {reason}</translation>
        </message>
        <message>
            <source>Scan or type the unit's serial, or open the customer's page first.</source>
            <translation>Escanee o escriba el número de serie del equipo, o abra antes la página del cliente.</translation>
        </message>
        <message>
            <source>Find the customer (name, phone…) and open them, then New request… (Ctrl+R).</source>
            <translation>Busque al cliente (nombre, teléfono…) y ábralo; después, Nueva solicitud… (Ctrl+R).</translation>
        </message>
        <message>
            <source>To print, open a customer's page (their history), Service (the day's job sheets) or Reports (the metrics).</source>
            <translation>Para imprimir, abra la página de un cliente (su historial), Servicio técnico (las hojas de servicio del día) o Informes (las cifras).</translation>
        </message>
        <message>
            <source>Sample shop: these customers and sales are made up, for looking around. Your own data is in its own database (File → Back to my shop's database).</source>
            <translation>Tienda de ejemplo: estos clientes y ventas son inventados, para echar un vistazo. Sus propios datos están en su propia base de datos (Archivo → Volver a la base de datos de mi tienda).</translation>
        </message>
        <message>
            <source>Sample shop: these customers and sales are made up, for looking around. Keep your own shop's records in a database of their own, not in this one.</source>
            <translation>Tienda de ejemplo: estos clientes y ventas son inventados, para echar un vistazo. Guarde los registros de su tienda en una base de datos propia, no en esta.</translation>
        </message>
        <message>
            <source>{shop} — crm_desktop</source>
            <translation>{shop} — crm_desktop</translation>
        </message>
        <message>
            <source>New sale</source>
            <translation>Nueva venta</translation>
        </message>
        <message>
            <source>Open the customer first (search with Ctrl+K, or Ctrl+N for a new one), then choose New sale.</source>
            <translation>Abra primero el cliente (búsquelo con Ctrl+K, o Ctrl+N para uno nuevo) y después elija Nueva venta.</translation>
        </message>
        <message>
            <source>Preparing the sample shop…</source>
            <translation>Preparando la tienda de ejemplo…</translation>
        </message>
        <message>
            <source>Sample shop</source>
            <translation>Tienda de ejemplo</translation>
        </message>
        <message>
            <source>About crm_desktop</source>
            <translation>Acerca de crm_desktop</translation>
        </message>
        <message>
            <source>&lt;b&gt;crm_desktop {version}&lt;/b&gt;&lt;br&gt;After-sales service for small shops.&lt;br&gt;&lt;br&gt;Database: {database}&lt;br&gt;Data folder: {data_folder}&lt;br&gt;Backups: {backups}&lt;br&gt;Schema revision: {revision}</source>
            <translation>&lt;b&gt;crm_desktop {version}&lt;/b&gt;&lt;br&gt;Servicio posventa para pequeñas tiendas.&lt;br&gt;&lt;br&gt;Base de datos: {database}&lt;br&gt;Carpeta de datos: {data_folder}&lt;br&gt;Copias de seguridad: {backups}&lt;br&gt;Revisión del esquema: {revision}</translation>
        </message>
        <message>
            <source>Merge a duplicate</source>
            <translation>Fusionar un duplicado</translation>
        </message>
        <message>
            <source>Find the duplicate of &lt;b&gt;{customer}&lt;/b&gt;. All its sales, service jobs, promises, follow-ups and contacts move here; the duplicate is archived with a note saying where it went.</source>
            <translation>Busque el duplicado de &lt;b&gt;{customer}&lt;/b&gt;. Todas sus ventas, órdenes de servicio, compromisos, seguimientos y contactos pasan a este cliente; el duplicado se archiva con una nota que indica adónde fue.</translation>
        </message>
        <message>
            <source>name, phone or email of the duplicate</source>
            <translation>nombre, teléfono o e-mail del duplicado</translation>
        </message>
        <message>
            <source>Merge into this customer</source>
            <translation>Fusionar con este cliente</translation>
        </message>
        <message>
            <source>Merge customers</source>
            <translation>Fusionar clientes</translation>
        </message>
        <message>
            <source>Move everything of “{duplicate}” (#{duplicate_id}) into “{customer}” (#{customer_id}) and archive the duplicate? This cannot be undone in one click.</source>
            <translation>¿Pasar todo lo de «{duplicate}» (#{duplicate_id}) a «{customer}» (#{customer_id}) y archivar el duplicado? Esto no se puede deshacer con un clic.</translation>
        </message>
        <message>
            <source>STARTTLS (port 587, the usual)</source>
            <translation>STARTTLS (puerto 587, el habitual)</translation>
        </message>
        <message>
            <source>TLS from the start (port 465)</source>
            <translation>TLS desde el inicio (puerto 465)</translation>
        </message>
        <message>
            <source>None: a server on the shop's own network only</source>
            <translation>Ninguna: solo para un servidor de la propia red de la tienda</translation>
        </message>
        <message>
            <source>Waiting</source>
            <comment>state of a message</comment>
            <translation>En espera</translation>
        </message>
        <message>
            <source>Sending</source>
            <comment>state of a message</comment>
            <translation>Enviando</translation>
        </message>
        <message>
            <source>Sent</source>
            <comment>state of a message</comment>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>Failed</source>
            <comment>state of a message</comment>
            <translation>Fallido</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <comment>state of a message</comment>
            <translation>Retirado</translation>
        </message>
        <message>
            <source>message settings</source>
            <translation>la configuración de mensajes</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Mensajes</translation>
        </message>
        <message>
            <source>crm_desktop can tell customers that their job is ready, that a promised date moved, or ask how their product works — by e-mail through your own mail server, and by SMS through your SMS provider. Passwords are kept in this computer's keyring, never in the shop's file.</source>
            <translation>crm_desktop puede avisar a los clientes de que su orden está lista o de que ha cambiado una fecha prometida, o preguntarles qué tal funciona su producto: por e-mail, a través de su propio servidor de correo, y por SMS, a través de su proveedor de SMS. Las contraseñas se guardan en el keyring de este ordenador, nunca en el archivo de la tienda.</translation>
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
            <translation>smtp.example.com (se lo indica su proveedor de correo)</translation>
        </message>
        <message>
            <source>the usual one</source>
            <translation>el habitual</translation>
        </message>
        <message>
            <source>usually the shop's e-mail address</source>
            <translation>normalmente, la dirección de e-mail de la tienda</translation>
        </message>
        <message>
            <source>shop@example.com: customers see it and can reply to it</source>
            <translation>tienda@example.com: los clientes la ven y pueden responder a ella</translation>
        </message>
        <message>
            <source>default: the shop's name</source>
            <translation>predeterminado: el nombre de la tienda</translation>
        </message>
        <message>
            <source>Mail &amp;server</source>
            <translation>Servidor de &amp;correo</translation>
        </message>
        <message>
            <source>Se&amp;curity</source>
            <translation>Se&amp;guridad</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>&amp;Puerto</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;Usuario</translation>
        </message>
        <message>
            <source>Pass&amp;word</source>
            <translation>C&amp;ontraseña</translation>
        </message>
        <message>
            <source>&amp;From address</source>
            <translation>&amp;Dirección del remitente</translation>
        </message>
        <message>
            <source>From &amp;name</source>
            <translation>&amp;Nombre del remitente</translation>
        </message>
        <message>
            <source>Save e-mail settings</source>
            <translation>Guardar la configuración de e-mail</translation>
        </message>
        <message>
            <source>your own address</source>
            <translation>su propia dirección</translation>
        </message>
        <message>
            <source>Send a &amp;test message</source>
            <translation>Enviar un &amp;mensaje de prueba</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>Para:</translation>
        </message>
        <message>
            <source>Your SMS provider's documentation gives its web address and the names of its fields. Write each field as name=value; {to} is the customer's mobile number, {text} the message, {sender} the sender name.</source>
            <translation>La documentación de su proveedor de SMS indica su dirección web y los nombres de sus campos. Escriba cada campo como nombre=valor; {to} es el número de móvil del cliente, {text} el mensaje y {sender} el nombre del remitente.</translation>
        </message>
        <message>
            <source>POST as a form</source>
            <translation>POST como formulario</translation>
        </message>
        <message>
            <source>POST as JSON</source>
            <translation>POST como JSON</translation>
        </message>
        <message>
            <source>up to 11 letters, e.g. VeloCo</source>
            <translation>hasta 11 letras, p. ej. VeloCo</translation>
        </message>
        <message>
            <source>e.g. Bearer 1234abcd (kept in the keyring)</source>
            <translation>p. ej. Bearer 1234abcd (se guarda en el keyring)</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Dirección</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>&amp;Método</translation>
        </message>
        <message>
            <source>&amp;Fields</source>
            <translation>&amp;Campos</translation>
        </message>
        <message>
            <source>Sender &amp;name</source>
            <translation>&amp;Nombre del remitente</translation>
        </message>
        <message>
            <source>Authentication &amp;header</source>
            <translation>&amp;Encabezado de autenticación</translation>
        </message>
        <message>
            <source>Its &amp;value</source>
            <translation>Su &amp;valor</translation>
        </message>
        <message>
            <source>Save SMS settings</source>
            <translation>Guardar la configuración de SMS</translation>
        </message>
        <message>
            <source>kept in the keyring: leave empty to keep it</source>
            <translation>guardada en el keyring: déjela vacía para conservarla</translation>
        </message>
        <message>
            <source>Saved: e-mail goes through {host}:{port}. Send a test message to check it.</source>
            <translation>Guardado: el e-mail se envía a través de {host}:{port}. Envíe un mensaje de prueba para comprobarlo.</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Enviando…</translation>
        </message>
        <message>
            <source>Sent to {recipient}. The server said: {answer}</source>
            <translation>Enviado a {recipient}. El servidor respondió: {answer}</translation>
        </message>
        <message>
            <source>Saved: text messages go through {address}.</source>
            <translation>Guardado: los mensajes de texto se envían a través de {address}.</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>To</source>
            <comment>whom a message goes to</comment>
            <translation>Para</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message numerus="yes">
            <source>{state} (%n tr(y|ies))</source>
            <translation>
                <numerusform>{state} (%n intento)</numerusform>
                <numerusform>{state} (%n intentos)</numerusform>
            </translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>Failed: {error}</source>
            <translation>Fallido: {error}</translation>
        </message>
        <message numerus="yes">
            <source>Waiting to be tried again (%n tr(y|ies) so far): {error}</source>
            <translation>
                <numerusform>En espera de un nuevo intento (%n intento hasta ahora): {error}</numerusform>
                <numerusform>En espera de un nuevo intento (%n intentos hasta ahora): {error}</numerusform>
            </translation>
        </message>
        <message>
            <source>{state}: to {recipient}</source>
            <translation>{state}: a {recipient}</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>Bandeja de salida</translation>
        </message>
        <message>
            <source>Only the &amp;failed ones</source>
            <translation>Solo los &amp;fallidos</translation>
        </message>
        <message>
            <source>Send &amp;now</source>
            <translation>Enviar &amp;ahora</translation>
        </message>
        <message>
            <source>Send what is waiting now, instead of within the minute</source>
            <translation>Enviar ahora lo que está en espera, en lugar de dentro del próximo minuto</translation>
        </message>
        <message>
            <source>Send &amp;again</source>
            <translation>&amp;Reenviar</translation>
        </message>
        <message>
            <source>Queue a failed message again (check first whether it arrived)</source>
            <translation>Volver a poner en cola un mensaje fallido (compruebe antes si ha llegado)</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>Re&amp;tirar</translation>
        </message>
        <message>
            <source>Do not send this message</source>
            <translation>No enviar este mensaje</translation>
        </message>
        <message>
            <source>Every message to a customer, newest first. A message waits its turn, is sent within the minute while crm_desktop is open, and is tried again for half a day if the server does not answer.</source>
            <translation>Todos los mensajes a clientes, los más recientes primero. Un mensaje espera su turno, se envía en menos de un minuto mientras crm_desktop está abierto y se reintenta durante medio día si el servidor no responde.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n failed&lt;/b&gt;: select one to read why.</source>
            <translation>
                <numerusform>&lt;b&gt;%n fallido&lt;/b&gt;: selecciónelo para ver el motivo.</numerusform>
                <numerusform>&lt;b&gt;%n fallidos&lt;/b&gt;: seleccione uno para ver el motivo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting.</source>
            <translation>
                <numerusform>%n en espera.</numerusform>
                <numerusform>%n en espera.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ask before sending</source>
            <translation>Preguntar antes de enviar</translation>
        </message>
        <message>
            <source>Send by itself</source>
            <translation>Enviar automáticamente</translation>
        </message>
        <message>
            <source>Never offer it</source>
            <translation>No ofrecerlo nunca</translation>
        </message>
        <message>
            <source>template</source>
            <translation>la plantilla</translation>
        </message>
        <message>
            <source>Message templates</source>
            <translation>Plantillas de mensajes</translation>
        </message>
        <message>
            <source>&amp;Message:</source>
            <translation>&amp;Mensaje:</translation>
        </message>
        <message>
            <source>&amp;By:</source>
            <translation>E&amp;nviar por:</translation>
        </message>
        <message>
            <source>&amp;When it happens:</source>
            <translation>&amp;Cuando ocurre:</translation>
        </message>
        <message>
            <source>&amp;Subject</source>
            <translation>&amp;Asunto</translation>
        </message>
        <message>
            <source>&amp;Text</source>
            <translation>&amp;Texto</translation>
        </message>
        <message>
            <source>a customer's name, phone or e-mail</source>
            <translation>nombre, teléfono o e-mail de un cliente</translation>
        </message>
        <message>
            <source>&amp;Preview for</source>
            <translation>Vista &amp;previa para</translation>
        </message>
        <message>
            <source>Back to the built-in te&amp;xt</source>
            <translation>Volver al te&amp;xto predeterminado</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>It can use: {placeholders}</source>
            <translation>Puede usar: {placeholders}</translation>
        </message>
        <message>
            <source>No customer found to show it for.</source>
            <translation>No se ha encontrado ningún cliente para mostrar la vista previa.</translation>
        </message>
        <message>
            <source>Subject: {subject}</source>
            <translation>Asunto: {subject}</translation>
        </message>
        <message>
            <source>To {customer}</source>
            <translation>Para {customer}</translation>
        </message>
        <message>
            <source>SMS: {size}</source>
            <translation>SMS: {size}</translation>
        </message>
        <message>
            <source>Tell the customer?</source>
            <translation>¿Avisar al cliente?</translation>
        </message>
        <message>
            <source>Tell {customer}? The message goes from the shop now.</source>
            <translation>¿Avisar a {customer}? El mensaje sale ahora desde la tienda.</translation>
        </message>
        <message>
            <source>E-mail to {recipient}</source>
            <translation>E-mail a {recipient}</translation>
        </message>
        <message>
            <source>SMS to {recipient}</source>
            <translation>SMS a {recipient}</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Enviar</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>&amp;Ahora no</translation>
        </message>
        <message>
            <source>As the general answer</source>
            <translation>Según la respuesta general</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>retirada</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Contact in general</source>
            <translation>Contacto en general</translation>
        </message>
        <message>
            <source>E-mails</source>
            <translation>E-mails</translation>
        </message>
        <message>
            <source>Text messages</source>
            <translation>Mensajes de texto</translation>
        </message>
        <message>
            <source>consent answers</source>
            <translation>las respuestas de consentimiento</translation>
        </message>
        <message>
            <source>Contact consent · {customer}</source>
            <translation>Consentimiento de contacto · {customer}</translation>
        </message>
        <message>
            <source>not asked yet</source>
            <translation>aún no preguntado</translation>
        </message>
        <message>
            <source>agrees to be contacted</source>
            <translation>acepta que se le contacte</translation>
        </message>
        <message>
            <source>no contact, please</source>
            <translation>no desea que se le contacte</translation>
        </message>
        <message>
            <source>In general (the customer's form): &lt;b&gt;{answer}&lt;/b&gt;. An answer for one channel overrides it for that channel: a customer who said no is never sent a message there.</source>
            <translation>En general (ficha del cliente): &lt;b&gt;{answer}&lt;/b&gt;. La respuesta para un canal prevalece sobre ella en ese canal: a un cliente que ha dicho que no nunca se le envía un mensaje por ese canal.</translation>
        </message>
        <message>
            <source>asked at the counter</source>
            <translation>preguntado en el mostrador</translation>
        </message>
        <message>
            <source>&amp;E-mails</source>
            <translation>&amp;E-mails</translation>
        </message>
        <message>
            <source>&amp;Text messages</source>
            <translation>&amp;Mensajes de texto</translation>
        </message>
        <message>
            <source>&amp;Where the answer comes from</source>
            <translation>&amp;Origen de la respuesta</translation>
        </message>
        <message>
            <source>No answer recorded yet.</source>
            <translation>Todavía no hay ninguna respuesta registrada.</translation>
        </message>
        <message>
            <source>&lt;b&gt;History&lt;/b&gt;</source>
            <translation>&lt;b&gt;Historial&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Welcome to crm_desktop</source>
            <translation>Le damos la bienvenida a crm_desktop</translation>
        </message>
        <message>
            <source>crm_desktop links every sale to what must happen after it: the thank-you call, the satisfaction check, warranty dates, service jobs and the promises made to the customer. Nothing depends on someone remembering, and the whole history of a customer is one search away.</source>
            <translation>crm_desktop vincula cada venta con lo que debe ocurrir después: la llamada de agradecimiento, el control de satisfacción, las fechas de garantía, las órdenes de servicio y los compromisos con el cliente. Nada depende de que alguien se acuerde, y todo el historial de un cliente está a una búsqueda de distancia.</translation>
        </message>
        <message>
            <source>Enter my shop details</source>
            <translation>Introducir los datos de mi tienda</translation>
        </message>
        <message>
            <source>Import customers from a spreadsheet</source>
            <translation>Importar clientes desde una hoja de cálculo</translation>
        </message>
        <message>
            <source>CSV, Excel, LibreOffice or vCard: check everything before it is saved.</source>
            <translation>CSV, Excel, LibreOffice o vCard: todo se comprueba antes de guardarlo.</translation>
        </message>
        <message>
            <source>Explore a sample shop</source>
            <translation>Explorar una tienda de ejemplo</translation>
        </message>
        <message>
            <source>Opens a separate database filled with made-up customers, sales and repairs. Your own database is not touched.</source>
            <translation>Abre una base de datos aparte con clientes, ventas y reparaciones inventados. Su propia base de datos no se toca.</translation>
        </message>
        <message>
            <source>Or start right away: &lt;b&gt;Ctrl+N&lt;/b&gt; adds a customer, &lt;b&gt;Ctrl+K&lt;/b&gt; searches.</source>
            <translation>O empiece directamente: &lt;b&gt;Ctrl+N&lt;/b&gt; añade un cliente, &lt;b&gt;Ctrl+K&lt;/b&gt; busca.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN of {person}:</source>
            <translation>PIN de {person}:</translation>
        </message>
        <message>
            <source>Who is at the keyboard?</source>
            <translation>¿Quién está al teclado?</translation>
        </message>
        <message>
            <source>Choose yourself, so the shop knows who did what. You can switch at any time from the bottom right of the window.</source>
            <translation>Elija su nombre, para que la tienda sepa quién hizo qué. Puede cambiarlo en cualquier momento en la parte inferior derecha de la ventana.</translation>
        </message>
        <message>
            <source>The shop has no staff yet. Add yourself in Settings → Staff first.</source>
            <translation>La tienda todavía no tiene personal. Añádase primero en Configuración → Personal.</translation>
        </message>
        <message>
            <source>Wrong PIN</source>
            <translation>PIN incorrecto</translation>
        </message>
        <message>
            <source>That is not {person}'s PIN. Nothing changed.</source>
            <translation>Ese no es el PIN de {person}. No ha cambiado nada.</translation>
        </message>
        <message>
            <source>Choose who is at the keyboard first: nothing was saved.</source>
            <translation>Elija primero quién está al teclado: no se ha guardado nada.</translation>
        </message>
        <message>
            <source>Who is at the keyboard: every change is saved in their name. Click to switch.</source>
            <translation>Quién está al teclado: cada cambio se guarda a su nombre. Haga clic para cambiar.</translation>
        </message>
        <message>
            <source>At the &amp;keyboard: {person}</source>
            <translation>Al &amp;teclado: {person}</translation>
        </message>
        <message>
            <source>At the &amp;keyboard: choose…</source>
            <translation>Al &amp;teclado: elegir…</translation>
        </message>
        <message>
            <source>Nobody yet</source>
            <translation>Nadie todavía</translation>
        </message>
        <message>
            <source>Staff…</source>
            <translation>Personal…</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>Counted from</source>
            <translation>Contados desde</translation>
        </message>
        <message>
            <source>Repeat every (months)</source>
            <translation>Repetir cada (meses)</translation>
        </message>
        <message>
            <source>Times in all</source>
            <translation>Veces en total</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Asignado a</translation>
        </message>
        <message>
            <source>Call</source>
            <comment>kind of follow-up</comment>
            <translation>Llamada</translation>
        </message>
        <message>
            <source>Message</source>
            <comment>kind of follow-up</comment>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Visit</source>
            <comment>kind of follow-up</comment>
            <translation>Visita</translation>
        </message>
        <message>
            <source>Satisfaction check</source>
            <translation>Control de satisfacción</translation>
        </message>
        <message>
            <source>Warranty notice</source>
            <translation>Aviso de garantía</translation>
        </message>
        <message>
            <source>Service reminder</source>
            <translation>Recordatorio de revisión</translation>
        </message>
        <message>
            <source>days after the sale</source>
            <translation>días después de la venta</translation>
        </message>
        <message>
            <source>days from the warranty end</source>
            <translation>días desde el fin de la garantía</translation>
        </message>
        <message>
            <source>the seller</source>
            <translation>el vendedor</translation>
        </message>
        <message>
            <source>the owner</source>
            <translation>el propietario</translation>
        </message>
        <message>
            <source>sales staff</source>
            <translation>el personal de mostrador</translation>
        </message>
        <message>
            <source>a technician</source>
            <translation>un técnico</translation>
        </message>
        <message>
            <source>Edit follow-up plan</source>
            <translation>Editar plan de seguimiento</translation>
        </message>
        <message>
            <source>New follow-up plan</source>
            <translation>Nuevo plan de seguimiento</translation>
        </message>
        <message>
            <source>plan</source>
            <translation>el plan</translation>
        </message>
        <message>
            <source>Used for new sales</source>
            <translation>Se usa en las ventas nuevas</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Añadir paso</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Quitar paso</translation>
        </message>
        <message>
            <source>Example: a call 3 days after the sale; a warranty notice −30 days from the warranty end; a service reminder 365 days after the sale, repeated every 12 months, 5 times in all. Changes apply to sales recorded from now on.</source>
            <translation>Ejemplo: una llamada 3 días después de la venta; un aviso de garantía −30 días desde el fin de la garantía; un recordatorio de revisión 365 días después de la venta, repetido cada 12 meses, 5 veces en total. Los cambios se aplican a las ventas que se registren a partir de ahora.</translation>
        </message>
        <message>
            <source>no repeat</source>
            <translation>sin repetición</translation>
        </message>
        <message>
            <source>default</source>
            <comment>times in all: as many as the plan usually repeats</comment>
            <translation>predeterminado</translation>
        </message>
        <message>
            <source>Edit category</source>
            <translation>Editar categoría</translation>
        </message>
        <message>
            <source>New category</source>
            <translation>Nueva categoría</translation>
        </message>
        <message>
            <source>category</source>
            <translation>la categoría</translation>
        </message>
        <message>
            <source>no warranty</source>
            <translation>sin garantía</translation>
        </message>
        <message>
            <source>no follow-ups</source>
            <translation>sin seguimientos</translation>
        </message>
        <message>
            <source>Default warranty</source>
            <translation>Garantía predeterminada</translation>
        </message>
        <message>
            <source>Default after-sales plan</source>
            <translation>Plan posventa predeterminado</translation>
        </message>
        <message>
            <source>The printer did not start. Check that it is switched on and ready, then print again.</source>
            <translation>La impresora no ha empezado a imprimir. Compruebe que está encendida y preparada, y vuelva a imprimir.</translation>
        </message>
        <message>
            <source>the file {path}</source>
            <translation>el archivo {path}</translation>
        </message>
        <message>
            <source>{paper}, landscape</source>
            <translation>{paper}, horizontal</translation>
        </message>
        <message>
            <source>{paper}, portrait</source>
            <translation>{paper}, vertical</translation>
        </message>
        <message>
            <source>Paper…</source>
            <translation>Papel…</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Página completa</translation>
        </message>
        <message>
            <source>Page width</source>
            <translation>Ancho de página</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Acercar</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Alejar</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Guardar como PDF…</translation>
        </message>
        <message>
            <source>no printer set up yet (Print… can write a PDF file)</source>
            <translation>todavía no hay ninguna impresora configurada (Imprimir… puede generar un archivo PDF)</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) on {paper} · {where}</source>
            <translation>
                <numerusform>%n página en {paper} · {where}</numerusform>
                <numerusform>%n páginas en {paper} · {where}</numerusform>
            </translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>la impresora</translation>
        </message>
        <message>
            <source>Sent {document} to {where} ({paper})</source>
            <translation>{document} enviado a {where} ({paper})</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Guardar como PDF</translation>
        </message>
        <message>
            <source>The document has no pages to print.</source>
            <translation>El documento no tiene páginas que imprimir.</translation>
        </message>
        <message>
            <source>Preparing {document} for printing…</source>
            <translation>Preparando {document} para imprimir…</translation>
        </message>
        <message>
            <source>Could not write {path}: {reason}.</source>
            <translation>No se ha podido escribir {path}: {reason}.</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Guardado en {path}</translation>
        </message>
        <message>
            <source>&lt;p&gt;Erasing removes &lt;b&gt;{name}&lt;/b&gt;'s personal data everywhere: name, company, e-mail, phones, address, notes and tags; what they said in contacts, requests, follow-ups and promises; the problem, accessories and condition written on their jobs; visit addresses; and their entries in search and in the audit trail.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What stays, for the books:&lt;/b&gt; their sales (items, serials, amounts) and service jobs (the work done, parts and labour), under the name &lt;i&gt;Erased customer&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;This cannot be undone. Older backups still hold the data; restoring one erases them again.&lt;/p&gt;&lt;p&gt;Type the customer's name to confirm:&lt;/p&gt;</source>
            <translation>&lt;p&gt;Al borrar se eliminan los datos personales de &lt;b&gt;{name}&lt;/b&gt; en todas partes: nombre, empresa, e-mail, teléfonos, dirección, notas y etiquetas; lo que dijo en contactos, solicitudes, seguimientos y compromisos; el problema, los accesorios y el estado físico anotados en sus órdenes; las direcciones de las visitas; y sus entradas en la búsqueda y en el registro de auditoría.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lo que se conserva, para la contabilidad:&lt;/b&gt; sus ventas (artículos, números de serie, importes) y sus órdenes de servicio (el trabajo realizado, piezas y mano de obra), con el nombre &lt;i&gt;Cliente borrado&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Esto no se puede deshacer. Las copias de seguridad anteriores aún contienen los datos; al restaurar una, se vuelven a borrar.&lt;/p&gt;&lt;p&gt;Escriba el nombre del cliente para confirmar:&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Erase this customer</source>
            <translation>Borrar este cliente</translation>
        </message>
        <message>
            <source>Type the customer's name to confirm</source>
            <translation>Escriba el nombre del cliente para confirmar</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Customer erased</source>
            <translation>Cliente borrado</translation>
        </message>
        <message>
            <source>{name}'s personal data is erased. {sales} and {jobs} stay for the books under 'Erased customer'.</source>
            <translation>Se han borrado los datos personales de {name}. {sales} y {jobs} se conservan para la contabilidad como «Cliente borrado».</translation>
        </message>
        <message numerus="yes">
            <source>%n sale(s)</source>
            <translation>
                <numerusform>%n venta</numerusform>
                <numerusform>%n ventas</numerusform>
            </translation>
        </message>
        <message>
            <source>Where to save the customer's data</source>
            <translation>Dónde guardar los datos del cliente</translation>
        </message>
        <message>
            <source>Customer's data</source>
            <translation>Datos del cliente</translation>
        </message>
        <message>
            <source>Written to {data} and {history}.</source>
            <translation>Guardado en {data} y {history}.</translation>
        </message>
        <message>
            <source>Could not write {path}: the disk is full.</source>
            <translation>No se ha podido escribir {path}: el disco está lleno.</translation>
        </message>
        <message>
            <source>In store</source>
            <translation>En la tienda</translation>
        </message>
        <message>
            <source>Visit</source>
            <comment>how a contact happened</comment>
            <translation>Visita</translation>
        </message>
        <message>
            <source>Log a contact</source>
            <translation>Registrar un contacto</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>el contacto</translation>
        </message>
        <message>
            <source>The customer contacted us</source>
            <translation>El cliente nos contactó</translation>
        </message>
        <message>
            <source>We contacted the customer</source>
            <translation>Contactamos con el cliente</translation>
        </message>
        <message>
            <source>What was said, what was agreed</source>
            <translation>Lo que se dijo, lo que se acordó</translation>
        </message>
        <message>
            <source>Needs action: open a request for it</source>
            <translation>Requiere acción: abrir una solicitud</translation>
        </message>
        <message>
            <source>It stays on Today's lists until it is resolved, with its owner</source>
            <translation>Sigue en las listas de Hoy hasta que se resuelve, con su responsable</translation>
        </message>
        <message>
            <source>{kind} — applies “{procedure}”</source>
            <translation>{kind} — aplica «{procedure}»</translation>
        </message>
        <message>
            <source>Who started it</source>
            <translation>Quién lo inició</translation>
        </message>
        <message>
            <source>Summary *</source>
            <translation>Resumen *</translation>
        </message>
        <message>
            <source>Kind of request</source>
            <translation>Tipo de solicitud</translation>
        </message>
        <message>
            <source>Promise</source>
            <translation>Compromiso</translation>
        </message>
        <message>
            <source>There are no kinds of request; add one in Settings.</source>
            <translation>No hay tipos de solicitud; añada uno en Configuración.</translation>
        </message>
        <message>
            <source>Schedule a follow-up</source>
            <translation>Programar un seguimiento</translation>
        </message>
        <message>
            <source>follow-up</source>
            <translation>el seguimiento</translation>
        </message>
        <message>
            <source>e.g. Ask how the new washing machine works out</source>
            <translation>p. ej. Preguntar qué tal va la lavadora nueva</translation>
        </message>
        <message>
            <source>What *</source>
            <translation>Qué *</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <source>promise</source>
            <translation>el compromiso</translation>
        </message>
        <message>
            <source>What the shop promised, e.g. SIM active by Friday</source>
            <translation>Lo que prometió la tienda, p. ej. SIM activa el viernes</translation>
        </message>
        <message>
            <source>Promised *</source>
            <translation>Prometido *</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Para el</translation>
        </message>
        <message>
            <source>Every later change of this date will be kept, with its reason.</source>
            <translation>Cada cambio posterior de esta fecha se guardará, con su motivo.</translation>
        </message>
        <message>
            <source>Nothing in this period</source>
            <translation>Nada en este periodo</translation>
        </message>
        <message>
            <source>{label} {value} (so far)</source>
            <translation>{label} {value} (hasta ahora)</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Export tables to CSV…</source>
            <translation>Exportar tablas a CSV…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>The metrics as a document: print it, or save it as a PDF (Ctrl+P)</source>
            <translation>Las cifras como documento: imprímalo o guárdelo como PDF (Ctrl+P)</translation>
        </message>
        <message>
            <source>From</source>
            <comment>the first day of the report</comment>
            <translation>Desde</translation>
        </message>
        <message>
            <source>to</source>
            <comment>the last day</comment>
            <translation>hasta</translation>
        </message>
        <message>
            <source>Sales by month</source>
            <translation>Ventas por mes</translation>
        </message>
        <message>
            <source>Satisfaction scores</source>
            <translation>Puntuaciones de satisfacción</translation>
        </message>
        <message>
            <source>Sales by category</source>
            <translation>Ventas por categoría</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>Por categoría</translation>
        </message>
        <message>
            <source>By staff member</source>
            <translation>Por empleado</translation>
        </message>
        <message>
            <source>By month</source>
            <translation>Por mes</translation>
        </message>
        <message>
            <source>Requests by kind</source>
            <translation>Solicitudes por tipo</translation>
        </message>
        <message>
            <source>Requests by owner</source>
            <translation>Solicitudes por responsable</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Calculando…</translation>
        </message>
        <message>
            <source>Sales by month ({currency})</source>
            <translation>Ventas por mes ({currency})</translation>
        </message>
        <message>
            <source>Satisfaction scores, average {average}</source>
            <translation>Puntuaciones de satisfacción, media {average}</translation>
        </message>
        <message>
            <source>Sales by category ({currency})</source>
            <translation>Ventas por categoría ({currency})</translation>
        </message>
        <message>
            <source>Export the tables</source>
            <translation>Exportar las tablas</translation>
        </message>
        <message>
            <source>Could not write {folder}: {why}.</source>
            <translation>No se ha podido escribir en {folder}: {why}.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n CSV file(s) in {folder}</source>
            <translation>
                <numerusform>Se ha guardado %n archivo CSV en {folder}</numerusform>
                <numerusform>Se han guardado %n archivos CSV en {folder}</numerusform>
            </translation>
        </message>
        <message>
            <source>The figures are still being worked out: print again in a moment.</source>
            <translation>Las cifras aún se están calculando: vuelva a imprimir dentro de un momento.</translation>
        </message>
        <message>
            <source>Metrics, {date}</source>
            <translation>Cifras, {date}</translation>
        </message>
        <message>
            <source>low</source>
            <comment>a priority</comment>
            <translation>baja</translation>
        </message>
        <message>
            <source>normal</source>
            <comment>a priority</comment>
            <translation>normal</translation>
        </message>
        <message>
            <source>high</source>
            <comment>a priority</comment>
            <translation>alta</translation>
        </message>
        <message>
            <source>urgent</source>
            <comment>a priority</comment>
            <translation>urgente</translation>
        </message>
        <message>
            <source>New request</source>
            <translation>Nueva solicitud</translation>
        </message>
        <message>
            <source>request</source>
            <translation>la solicitud</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>What the customer asks, in their words</source>
            <translation>Lo que pide el cliente, con sus palabras</translation>
        </message>
        <message>
            <source>No particular item</source>
            <translation>Ningún artículo en concreto</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Yo</translation>
        </message>
        <message>
            <source>Who follows it up until it is solved</source>
            <translation>Quién le hace el seguimiento hasta que se resuelve</translation>
        </message>
        <message>
            <source>What is promised, e.g. New SIM active (default: the request)</source>
            <translation>Lo que se promete, p. ej. Nueva SIM activa (predeterminado: la solicitud)</translation>
        </message>
        <message>
            <source>Anything staff should know (not shown to the customer)</source>
            <translation>Lo que el personal debe saber (no se muestra al cliente)</translation>
        </message>
        <message>
            <source>Kind *</source>
            <translation>Tipo *</translation>
        </message>
        <message>
            <source>What is asked *</source>
            <translation>Qué se pide *</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Relativa a</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>Prometido</translation>
        </message>
        <message>
            <source>Pick what kind of request this is.</source>
            <translation>Elija el tipo de solicitud.</translation>
        </message>
        <message>
            <source>changes to the owner, priority and notes</source>
            <translation>los cambios de responsable, prioridad y notas</translation>
        </message>
        <message>
            <source>Mark as:</source>
            <translation>Marcar como:</translation>
        </message>
        <message>
            <source>Promise to the customer</source>
            <translation>Compromiso con el cliente</translation>
        </message>
        <message>
            <source>Promise a date…</source>
            <translation>Prometer una fecha…</translation>
        </message>
        <message>
            <source>Move date…</source>
            <translation>Cambiar fecha…</translation>
        </message>
        <message>
            <source>Kept</source>
            <comment>a promise</comment>
            <translation>Cumplido</translation>
        </message>
        <message>
            <source>Broken…</source>
            <comment>a promise</comment>
            <translation>Incumplido…</translation>
        </message>
        <message>
            <source>Say what the shop will do about it; the owner gets a recovery call</source>
            <translation>Indique qué hará la tienda al respecto; el propietario recibe una llamada de recuperación</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué ha pasado</translation>
        </message>
        <message>
            <source>Owner, priority and notes</source>
            <translation>Responsable, prioridad y notas</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Nadie</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>A call or message about this request (counts as an action on it)</source>
            <translation>Una llamada o un mensaje sobre esta solicitud (cuenta como una acción sobre ella)</translation>
        </message>
        <message>
            <source>Take the unit in…</source>
            <translation>Recepcionar el equipo…</translation>
        </message>
        <message>
            <source>A unit must come in for service: open a job; this request is resolved</source>
            <translation>Un equipo debe entrar en el servicio técnico: se abre una orden y esta solicitud queda resuelta</translation>
        </message>
        <message>
            <source>The receipt for the customer: the request's number and what was asked</source>
            <translation>El ticket para el cliente: el número de la solicitud y lo que pidió</translation>
        </message>
        <message>
            <source>&lt;b style='font-size:15pt'&gt;{number}&lt;/b&gt; &amp;nbsp; {kind} &amp;nbsp; &lt;span style='color:{muted}'&gt;for {customer}&lt;/span&gt;</source>
            <translation>&lt;b style='font-size:15pt'&gt;{number}&lt;/b&gt; &amp;nbsp; {kind} &amp;nbsp; &lt;span style='color:{muted}'&gt;de {customer}&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Status: {status} · priority {priority}</source>
            <translation>Estado: {status} · prioridad {priority}</translation>
        </message>
        <message>
            <source>Asked: {summary}</source>
            <translation>Solicitado: {summary}</translation>
        </message>
        <message>
            <source>Opened {date} by {who} · owner: {owner}</source>
            <translation>Abierta el {date} por {who} · responsable: {owner}</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>alguien</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nadie</translation>
        </message>
        <message>
            <source>About: {item}</source>
            <translation>Relativa a: {item}</translation>
        </message>
        <message>
            <source>Why cancelled: {resolution}</source>
            <translation>Motivo de la cancelación: {resolution}</translation>
        </message>
        <message>
            <source>Done: {resolution}</source>
            <translation>Hecho: {resolution}</translation>
        </message>
        <message>
            <source>Taken in for service as {job}</source>
            <translation>Recepcionado en el servicio técnico como {job}</translation>
        </message>
        <message>
            <source>Ticked by {who} {when}</source>
            <translation>Marcado por {who} {when}</translation>
        </message>
        <message>
            <source>No checklist for this kind of request</source>
            <translation>No hay lista de comprobación para este tipo de solicitud</translation>
        </message>
        <message>
            <source>No date promised.</source>
            <translation>No se ha prometido ninguna fecha.</translation>
        </message>
        <message>
            <source>Why is it cancelled?</source>
            <translation>¿Por qué se cancela?</translation>
        </message>
        <message>
            <source>Why is it reopened?</source>
            <translation>¿Por qué se vuelve a abrir?</translation>
        </message>
        <message>
            <source>Say why: the reason is kept with the request.</source>
            <translation>Indique el motivo: se guarda con la solicitud.</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resuelta</translation>
        </message>
        <message>
            <source>What was done? (optional)</source>
            <translation>¿Qué se hizo? (opcional)</translation>
        </message>
        <message>
            <source>What is promised?</source>
            <translation>¿Qué se promete?</translation>
        </message>
        <message>
            <source>{kind}: done</source>
            <translation>{kind}: hecho</translation>
        </message>
        <message>
            <source>Move the promised date</source>
            <translation>Cambiar la fecha prometida</translation>
        </message>
        <message>
            <source>What will the shop do about it? (the owner gets a recovery call)</source>
            <translation>¿Qué hará la tienda al respecto? (el propietario recibe una llamada de recuperación)</translation>
        </message>
        <message>
            <source>What was said about {request}?</source>
            <translation>¿Qué se dijo sobre {request}?</translation>
        </message>
        <message>
            <source>kind of request</source>
            <translation>el tipo de solicitud</translation>
        </message>
        <message>
            <source>Kinds of request</source>
            <translation>Tipos de solicitud</translation>
        </message>
        <message>
            <source>No checklist</source>
            <translation>Sin lista de comprobación</translation>
        </message>
        <message>
            <source>Offered for new requests</source>
            <translation>Disponible para solicitudes nuevas</translation>
        </message>
        <message>
            <source>New kind</source>
            <translation>Nuevo tipo</translation>
        </message>
        <message>
            <source>A kind's checklist is copied onto each new request of that kind (edit checklists on the Service page → Procedures). A retired kind is no longer offered; requests keep it.</source>
            <translation>La lista de comprobación de un tipo se copia en cada solicitud nueva de ese tipo (las listas se editan en la página Servicio técnico → Procedimientos). Un tipo retirado ya no se ofrece; las solicitudes que lo tienen lo conservan.</translation>
        </message>
        <message>
            <source>{kind} (retired)</source>
            <translation>{kind} (retirado)</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Cant.</translation>
        </message>
        <message>
            <source>Warranty ends</source>
            <translation>Fin de garantía</translation>
        </message>
        <message>
            <source>Why different</source>
            <translation>Motivo del cambio</translation>
        </message>
        <message>
            <source>sale</source>
            <translation>la venta</translation>
        </message>
        <message>
            <source>New sale — {customer}</source>
            <translation>Nueva venta — {customer}</translation>
        </message>
        <message>
            <source>Sold by</source>
            <translation>Vendido por</translation>
        </message>
        <message>
            <source>Lines of the sale</source>
            <translation>Líneas de la venta</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>Añadir línea</translation>
        </message>
        <message>
            <source>Saving schedules the after-sales follow-ups of each product's plan (thank-you call, satisfaction check, warranty-ending call, service reminders).</source>
            <translation>Al guardar se programan los seguimientos posventa del plan de cada producto (llamada de agradecimiento, control de satisfacción, llamada por fin de garantía, recordatorios de revisión).</translation>
        </message>
        <message>
            <source>(typed line, not in the catalogue)</source>
            <translation>(línea escrita, no está en el catálogo)</translation>
        </message>
        <message>
            <source>The unit price in {currency}, e.g. {example}</source>
            <translation>El precio unitario en {currency}, p. ej. {example}</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no warranty end date</comment>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Proposed from the product; change it only with a reason (kept in the audit trail)</source>
            <translation>Propuesto a partir del producto; cámbielo solo con un motivo (se guarda en el registro de auditoría)</translation>
        </message>
        <message>
            <source>only if the date was changed</source>
            <translation>solo si se ha cambiado la fecha</translation>
        </message>
        <message>
            <source>{column}, line {line}</source>
            <translation>{column}, línea {line}</translation>
        </message>
        <message>
            <source>required</source>
            <translation>obligatorio</translation>
        </message>
        <message>
            <source>Line {line}: a warranty cannot be removed here; keep its end date.</source>
            <translation>Línea {line}: aquí no se puede quitar una garantía; mantenga su fecha de fin.</translation>
        </message>
        <message>
            <source>Line {line}: '{text}' is not a date like 2028-03-14.</source>
            <translation>Línea {line}: «{text}» no es una fecha como 2028-03-14.</translation>
        </message>
        <message>
            <source>Line {line}: {problem}</source>
            <translation>Línea {line}: {problem}</translation>
        </message>
        <message>
            <source>Total: —</source>
            <translation>Total: —</translation>
        </message>
        <message>
            <source>&lt;b&gt;Total: {amount}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Total: {amount}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Change date…</source>
            <translation>Cambiar fecha…</translation>
        </message>
        <message>
            <source>Correct the sale's date; its open follow-ups and warranties move with it</source>
            <translation>Corregir la fecha de la venta; sus seguimientos abiertos y garantías se desplazan con ella</translation>
        </message>
        <message>
            <source>Say why; its open follow-ups are cancelled, what was done stays</source>
            <translation>Indique el motivo; se cancelan sus seguimientos abiertos y lo ya hecho se conserva</translation>
        </message>
        <message>
            <source>Open the customer</source>
            <translation>Abrir el cliente</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Artículos</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artículo</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <source>Warranty from</source>
            <translation>Garantía desde</translation>
        </message>
        <message>
            <source>Warranty to</source>
            <translation>Garantía hasta</translation>
        </message>
        <message>
            <source>Print warranty certificate…</source>
            <translation>Imprimir certificado de garantía…</translation>
        </message>
        <message>
            <source>The selected item's warranty certificate, as a PDF</source>
            <translation>El certificado de garantía del artículo seleccionado, en PDF</translation>
        </message>
        <message>
            <source>New service job for this item…</source>
            <translation>Nueva orden de servicio para este artículo…</translation>
        </message>
        <message>
            <source>Take the selected item in for repair; its warranty is checked</source>
            <translation>Recepcionar el artículo seleccionado para reparar; se comprueba su garantía</translation>
        </message>
        <message>
            <source>Follow-ups it scheduled</source>
            <translation>Seguimientos que ha programado</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Orden</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recibido</translation>
        </message>
        <message>
            <source>Double-click a job to open it</source>
            <translation>Haga doble clic en una orden para abrirla</translation>
        </message>
        <message>
            <source>Sale {number} — {customer}</source>
            <translation>Venta {number} — {customer}</translation>
        </message>
        <message>
            <source>&lt;b style='color:{color}'&gt;VOID&lt;/b&gt; since {date}: {reason}</source>
            <translation>&lt;b style='color:{color}'&gt;ANULADA&lt;/b&gt; desde el {date}: {reason}</translation>
        </message>
        <message>
            <source>active</source>
            <comment>a sale that is not void</comment>
            <translation>activa</translation>
        </message>
        <message>
            <source>&lt;i&gt;no seller recorded&lt;/i&gt;</source>
            <translation>&lt;i&gt;sin vendedor registrado&lt;/i&gt;</translation>
        </message>
        <message>
            <source>Notes: {notes}</source>
            <translation>Notas: {notes}</translation>
        </message>
        <message>
            <source>Seller</source>
            <translation>Vendedor</translation>
        </message>
        <message>
            <source>{warranty} (changed: {reason})</source>
            <translation>{warranty} (cambiada: {reason})</translation>
        </message>
        <message>
            <source>Print the warranty certificate</source>
            <translation>Imprimir el certificado de garantía</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>VOID</source>
            <comment>a sale cancelled</comment>
            <translation>ANULADA</translation>
        </message>
        <message>
            <source>any</source>
            <comment>no limit on a date of a period</comment>
            <translation>cualquiera</translation>
        </message>
        <message>
            <source>Every sale, newest first. To record one, open the customer (Ctrl+K) and choose &lt;b&gt;New sale…&lt;/b&gt; (Ctrl+Shift+S). Double-click a sale (or press Enter) to open it.</source>
            <translation>Todas las ventas, las más recientes primero. Para registrar una, abra el cliente (Ctrl+K) y elija &lt;b&gt;Nueva venta…&lt;/b&gt; (Ctrl+Shift+S). Haga doble clic en una venta (o pulse Enter) para abrirla.</translation>
        </message>
        <message>
            <source>Open the selected sale (or double-click it, or press Enter)</source>
            <translation>Abrir la venta seleccionada (o hacer doble clic en ella, o pulsar Enter)</translation>
        </message>
        <message>
            <source>Export to CSV…</source>
            <translation>Exportar a CSV…</translation>
        </message>
        <message>
            <source>The sales shown, with the filters as they are, to a spreadsheet</source>
            <translation>Las ventas mostradas, con los filtros actuales, a una hoja de cálculo</translation>
        </message>
        <message>
            <source>Sale number (S-0042, 42), product or serial</source>
            <translation>Número de venta (S-0042, 42), producto o número de serie</translation>
        </message>
        <message>
            <source>The first day of the period (“any”: from the first sale)</source>
            <translation>El primer día del periodo («cualquiera»: desde la primera venta)</translation>
        </message>
        <message>
            <source>The last day of the period (“any”: up to today)</source>
            <translation>El último día del periodo («cualquiera»: hasta hoy)</translation>
        </message>
        <message>
            <source>Only the sales of this seller</source>
            <translation>Solo las ventas de este vendedor</translation>
        </message>
        <message>
            <source>Only sales with an item of this product category</source>
            <translation>Solo las ventas con un artículo de esta categoría de producto</translation>
        </message>
        <message>
            <source>Only sales with an item of this product</source>
            <translation>Solo las ventas con un artículo de este producto</translation>
        </message>
        <message>
            <source>Show void</source>
            <translation>Mostrar anuladas</translation>
        </message>
        <message>
            <source>Also list voided sales (greyed out; never counted in the total)</source>
            <translation>Mostrar también las ventas anuladas (en gris; nunca cuentan en el total)</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Quitar filtros</translation>
        </message>
        <message>
            <source>From</source>
            <comment>the start of a period of dates</comment>
            <translation>Desde</translation>
        </message>
        <message>
            <source>to</source>
            <comment>the end of a period of dates</comment>
            <translation>hasta</translation>
        </message>
        <message>
            <source>All sellers</source>
            <translation>Todos los vendedores</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Todas las categorías</translation>
        </message>
        <message>
            <source>All products</source>
            <translation>Todos los productos</translation>
        </message>
        <message>
            <source>The period ends before it starts: nothing to show.</source>
            <translation>El periodo termina antes de empezar: no hay nada que mostrar.</translation>
        </message>
        <message>
            <source>No sale matches these filters.</source>
            <translation>Ninguna venta coincide con estos filtros.</translation>
        </message>
        <message>
            <source>No sales yet. {explanation}</source>
            <translation>Todavía no hay ventas. {explanation}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln sale(s) shown · adding up…</source>
            <translation>
                <numerusform>%Ln venta mostrada · sumando…</numerusform>
                <numerusform>%Ln ventas mostradas · sumando…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; sale(s) shown ({void}, not in the total) · total &lt;b&gt;{total}&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; venta mostrada ({void}, fuera del total) · total &lt;b&gt;{total}&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; ventas mostradas ({void}, fuera del total) · total &lt;b&gt;{total}&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln void</source>
            <comment>sales cancelled</comment>
            <translation>
                <numerusform>%Ln anulada</numerusform>
                <numerusform>%Ln anuladas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; sale(s) shown · total &lt;b&gt;{total}&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; venta mostrada · total &lt;b&gt;{total}&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; ventas mostradas · total &lt;b&gt;{total}&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the sales</source>
            <translation>Exportar las ventas</translation>
        </message>
        <message>
            <source>Could not write {path}: {problem}.</source>
            <translation>No se ha podido escribir {path}: {problem}.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln sale(s) to {path}</source>
            <translation>
                <numerusform>Se ha guardado %Ln venta en {path}</numerusform>
                <numerusform>Se han guardado %Ln ventas en {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Search: name, company, phone, email, serial/IMEI, product, S-0042, J-0042, R-0042   (Ctrl+K)</source>
            <translation>Buscar: nombre, empresa, teléfono, e-mail, n.º de serie/IMEI, producto, S-0042, J-0042, R-0042   (Ctrl+K)</translation>
        </message>
        <message>
            <source>No customer, phone, serial or number matches “{text}”.</source>
            <translation>Ningún cliente, teléfono, número de serie ni número coincide con «{text}».</translation>
        </message>
        <message>
            <source>Encrypt when the server can (prefer)</source>
            <translation>Cifrar cuando el servidor lo permita (prefer)</translation>
        </message>
        <message>
            <source>Always encrypt (require)</source>
            <translation>Cifrar siempre (require)</translation>
        </message>
        <message>
            <source>Encrypt and check the server's certificate (verify-full)</source>
            <translation>Cifrar y comprobar el certificado del servidor (verify-full)</translation>
        </message>
        <message>
            <source>Never encrypt, trusted network only (disable)</source>
            <translation>No cifrar nunca, solo en una red de confianza (disable)</translation>
        </message>
        <message>
            <source>Shop server</source>
            <translation>Servidor de la tienda</translation>
        </message>
        <message>
            <source>This computer uses the shop server &lt;b&gt;{server}&lt;/b&gt;.</source>
            <translation>Este ordenador usa el servidor de la tienda &lt;b&gt;{server}&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>This computer uses the shop's own file on this computer, &lt;b&gt;{file}&lt;/b&gt;.</source>
            <translation>Este ordenador usa el archivo propio de la tienda en este ordenador, &lt;b&gt;{file}&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>This computer uses the server &lt;b&gt;{server}&lt;/b&gt; (given when crm_desktop was started).</source>
            <translation>Este ordenador usa el servidor &lt;b&gt;{server}&lt;/b&gt; (indicado al iniciar crm_desktop).</translation>
        </message>
        <message>
            <source>Several computers (the counter, the back office, a technician's laptop) can share one shop on a PostgreSQL server: everyone sees the same customers, and nobody's save overwrites another's.</source>
            <translation>Varios ordenadores (el mostrador, la trastienda, el portátil de un técnico) pueden compartir una misma tienda en un servidor PostgreSQL: todos ven los mismos clientes y nadie sobrescribe lo que guarda otro.</translation>
        </message>
        <message>
            <source>the server's name or address, e.g. shop-server or 192.168.1.20</source>
            <translation>el nombre o la dirección del servidor, p. ej. servidor-tienda o 192.168.1.20</translation>
        </message>
        <message>
            <source>leave empty if it is already kept, or the server needs none</source>
            <translation>déjela vacía si ya está guardada o si el servidor no la necesita</translation>
        </message>
        <message>
            <source>in the system keyring</source>
            <translation>en el keyring del sistema</translation>
        </message>
        <message>
            <source>in the password file ({file})</source>
            <translation>en el archivo de contraseñas ({file})</translation>
        </message>
        <message>
            <source>nowhere: the server needs none</source>
            <translation>en ningún sitio: el servidor no la necesita</translation>
        </message>
        <message>
            <source>in the system keyring (not available: {problem})</source>
            <translation>en el keyring del sistema (no disponible: {problem})</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Servidor</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Puerto</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Password kept</source>
            <translation>Contraseña guardada</translation>
        </message>
        <message>
            <source>Encryption (TLS)</source>
            <translation>Cifrado (TLS)</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Probar la conexión</translation>
        </message>
        <message>
            <source>&amp;Move this shop to the server…</source>
            <translation>&amp;Mover esta tienda al servidor…</translation>
        </message>
        <message>
            <source>Copies every customer, sale, job and setting onto the empty server database, checks each table, then opens the shop from there. The file on this computer is left as it is.</source>
            <translation>Copia todos los clientes, ventas, órdenes y ajustes en la base de datos vacía del servidor, comprueba cada tabla y después abre la tienda desde allí. El archivo de este ordenador se queda como está.</translation>
        </message>
        <message>
            <source>&amp;Connect to this server</source>
            <translation>&amp;Conectar a este servidor</translation>
        </message>
        <message>
            <source>Use this computer's &amp;file again</source>
            <translation>Volver a usar el &amp;archivo de este ordenador</translation>
        </message>
        <message>
            <source>The shop's own file on this computer; the server and its data stay as they are</source>
            <translation>El archivo propio de la tienda en este ordenador; el servidor y sus datos se quedan como están</translation>
        </message>
        <message>
            <source>Connecting to {host}:{port}…</source>
            <translation>Conectando con {host}:{port}…</translation>
        </message>
        <message>
            <source>Start a new shop on the server?</source>
            <translation>¿Empezar una tienda nueva en el servidor?</translation>
        </message>
        <message>
            <source>The database {database} on {host} is empty: connecting starts a new, empty shop there. To take this shop's customers along, choose Move this shop to the server instead.

Start a new shop on the server?</source>
            <translation>La base de datos {database} en {host} está vacía: al conectar se empieza allí una tienda nueva y vacía. Para llevarse los clientes de esta tienda, elija en su lugar Mover esta tienda al servidor.

¿Empezar una tienda nueva en el servidor?</translation>
        </message>
        <message>
            <source>Opening the shop on {host}…</source>
            <translation>Abriendo la tienda en {host}…</translation>
        </message>
        <message>
            <source>Move this shop to the server?</source>
            <translation>¿Mover esta tienda al servidor?</translation>
        </message>
        <message>
            <source>Every customer, sale, job and setting of this shop is copied to the database {database} on {host}, then checked table by table. From then on this computer uses the server; the file on this computer is left as it is, as a way back.

Do this while nobody else is using the shop. Move it now?</source>
            <translation>Todos los clientes, ventas, órdenes y ajustes de esta tienda se copian en la base de datos {database} en {host} y después se comprueban tabla por tabla. A partir de entonces, este ordenador usa el servidor; el archivo de este ordenador se queda como está, como vía de vuelta.

Hágalo mientras nadie más esté usando la tienda. ¿Moverla ahora?</translation>
        </message>
        <message>
            <source>Moving the shop to the server and checking every table…</source>
            <translation>Moviendo la tienda al servidor y comprobando cada tabla…</translation>
        </message>
        <message numerus="yes">
            <source>%n table(s)</source>
            <translation>
                <numerusform>%n tabla</numerusform>
                <numerusform>%n tablas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) in {tables}, each checked</source>
            <translation>
                <numerusform>%Ln registro en {tables}, comprobado</numerusform>
                <numerusform>%Ln registros en {tables}, todos comprobados</numerusform>
            </translation>
        </message>
        <message>
            <source>The shop is on the server</source>
            <translation>La tienda está en el servidor</translation>
        </message>
        <message>
            <source>Moved: {moved}. This computer now uses the server; connect the other computers with Settings → Shop server.</source>
            <translation>Movido: {moved}. Este ordenador usa ahora el servidor; conecte los demás ordenadores con Configuración → Servidor de la tienda.</translation>
        </message>
        <message>
            <source>Opening the shop's file on this computer…</source>
            <translation>Abriendo el archivo de la tienda en este ordenador…</translation>
        </message>
        <message>
            <source>scheduled</source>
            <comment>a visit's status</comment>
            <translation>programada</translation>
        </message>
        <message>
            <source>done</source>
            <comment>a visit's status</comment>
            <translation>realizada</translation>
        </message>
        <message>
            <source>cancelled</source>
            <comment>a visit's status</comment>
            <translation>cancelada</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>No action for</source>
            <translation>Última acción</translation>
        </message>
        <message>
            <source>today</source>
            <comment>no action for: none since today</comment>
            <translation>hoy</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>hace %n día</numerusform>
                <numerusform>hace %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>How many days</source>
            <translation>Cuántos días</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Semana</translation>
        </message>
        <message>
            <source>Print the day's job sheets…</source>
            <translation>Imprimir las hojas de servicio del día…</translation>
        </message>
        <message>
            <source>One PDF: a job sheet for each visit of the day and each open job due by then (it says how many)</source>
            <translation>Un PDF: una hoja de servicio por cada visita del día y por cada orden abierta que vence hasta entonces (indica cuántas)</translation>
        </message>
        <message>
            <source>Procedures…</source>
            <translation>Procedimientos…</translation>
        </message>
        <message>
            <source>Edit the checklist templates technicians apply to jobs</source>
            <translation>Editar las plantillas de listas de comprobación que los técnicos aplican a las órdenes</translation>
        </message>
        <message>
            <source>Take a unit in: scan its serial/IMEI ⏎</source>
            <translation>Recepcionar un equipo: escanee su n.º de serie/IMEI ⏎</translation>
        </message>
        <message>
            <source>Open service jobs</source>
            <translation>Órdenes de servicio abiertas</translation>
        </message>
        <message>
            <source>&lt;b&gt;Visits, week of {monday} – {sunday}&lt;/b&gt; ({count})</source>
            <translation>&lt;b&gt;Visitas, semana {monday} – {sunday}&lt;/b&gt; ({count})</translation>
        </message>
        <message>
            <source>&lt;b&gt;Visits on {day}&lt;/b&gt; ({count})</source>
            <translation>&lt;b&gt;Visitas del {day}&lt;/b&gt; ({count})</translation>
        </message>
        <message>
            <source>&lt;b&gt;Open jobs&lt;/b&gt; (everyone's, {count}): the longest without action first</source>
            <translation>&lt;b&gt;Órdenes abiertas&lt;/b&gt; (de todos, {count}): primero las que llevan más tiempo sin acción</translation>
        </message>
        <message>
            <source>&lt;b&gt;Open jobs&lt;/b&gt; ({technician}'s, {count}): the longest without action first</source>
            <translation>&lt;b&gt;Órdenes abiertas&lt;/b&gt; (de {technician}, {count}): primero las que llevan más tiempo sin acción</translation>
        </message>
        <message>
            <source>Double-click a visit or a job to open it.</source>
            <translation>Haga doble clic en una visita o en una orden para abrirla.</translation>
        </message>
        <message>
            <source>Nothing here yet. Service jobs are opened from a customer's page (New service job…); visits are booked from the job.</source>
            <translation>Todavía no hay nada. Las órdenes de servicio se abren desde la página de un cliente (Nueva orden de servicio…); las visitas se programan desde la orden.</translation>
        </message>
        <message>
            <source>{serial} was not sold here: open the customer's page (or create them), then New service job…</source>
            <translation>{serial} no se vendió aquí: abra la página del cliente (o créelo) y después Nueva orden de servicio…</translation>
        </message>
        <message>
            <source>Print the day's job sheets</source>
            <translation>Imprimir las hojas de servicio del día</translation>
        </message>
        <message>
            <source>No visits on {day} and no open job due by then: nothing to print.
{left_out}</source>
            <translation>No hay visitas el {day} ni órdenes abiertas que venzan hasta entonces: no hay nada que imprimir.
{left_out}</translation>
        </message>
        <message>
            <source>Print {sheets}?</source>
            <translation>¿Imprimir {sheets}?</translation>
        </message>
        <message>
            <source>Job sheets of {technician}, {date}</source>
            <translation>Hojas de servicio de {technician}, {date}</translation>
        </message>
        <message>
            <source>procedure</source>
            <translation>el procedimiento</translation>
        </message>
        <message>
            <source>Procedures</source>
            <translation>Procedimientos</translation>
        </message>
        <message>
            <source>One step per line</source>
            <translation>Un paso por línea</translation>
        </message>
        <message>
            <source>New procedure</source>
            <translation>Nuevo procedimiento</translation>
        </message>
        <message>
            <source>Retired procedures are no longer offered; jobs keep their checklists</source>
            <translation>Los procedimientos retirados ya no se ofrecen; las órdenes conservan sus listas de comprobación</translation>
        </message>
        <message>
            <source>What it is for</source>
            <translation>Para qué sirve</translation>
        </message>
        <message>
            <source>shop details</source>
            <translation>los datos de la tienda</translation>
        </message>
        <message>
            <source>Shop details</source>
            <translation>Datos de la tienda</translation>
        </message>
        <message>
            <source>e.g. Hélène Marchand</source>
            <translation>p. ej. Elena Martínez</translation>
        </message>
        <message>
            <source>Two letters, e.g. FR, GB, US: phone numbers typed without +country use it</source>
            <translation>Dos letras, p. ej. ES, MX, US: se usa para los números de teléfono escritos sin el prefijo +país</translation>
        </message>
        <message>
            <source>How amounts are written on screen and on paper: grouping, decimal mark, where the symbol goes</source>
            <translation>Cómo se escriben los importes en pantalla y en papel: separador de miles, separador decimal, posición del símbolo</translation>
        </message>
        <message>
            <source>Printed on warranty certificates; leave empty for the standard text</source>
            <translation>Se imprime en los certificados de garantía; déjelo vacío para usar el texto estándar</translation>
        </message>
        <message>
            <source>A PNG or JPEG printed at the top of job sheets (optional)</source>
            <translation>Un PNG o JPEG que se imprime en la parte superior de las hojas de servicio (opcional)</translation>
        </message>
        <message>
            <source>As usual in the shop's country</source>
            <translation>Lo habitual en el país de la tienda</translation>
        </message>
        <message>
            <source>Letter</source>
            <comment>paper size</comment>
            <translation>Carta</translation>
        </message>
        <message>
            <source>Printed on intake receipts; leave empty for the standard text</source>
            <translation>Se imprime en los tickets de recepción; déjelo vacío para usar el texto estándar</translation>
        </message>
        <message>
            <source>Half a page (the paper above)</source>
            <translation>Media página (del papel indicado arriba)</translation>
        </message>
        <message>
            <source>80 mm thermal roll</source>
            <translation>Rollo térmico de 80 mm</translation>
        </message>
        <message>
            <source>No (print it from the job when wanted)</source>
            <translation>No (imprimirlo desde la orden cuando se necesite)</translation>
        </message>
        <message>
            <source>Ask each time</source>
            <translation>Preguntar cada vez</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Siempre</translation>
        </message>
        <message>
            <source>Width x height of the labels in millimetres, e.g. 62x29</source>
            <translation>Ancho x alto de las etiquetas en milímetros, p. ej. 62x29</translation>
        </message>
        <message>
            <source>What one call or message costs you, e.g. {example} (for the Reports page)</source>
            <translation>Lo que le cuesta una llamada o un mensaje, p. ej. {example} (para la página Informes)</translation>
        </message>
        <message>
            <source>Your name (owner) *</source>
            <translation>Su nombre (propietario) *</translation>
        </message>
        <message>
            <source>You are the shop's first person: owner, sales and technician until colleagues join (Settings → Staff). Everything is saved in the name of the person at the keyboard.</source>
            <translation>Usted es la primera persona de la tienda: propietario, mostrador y técnico hasta que se incorporen compañeros (Configuración → Personal). Todo se guarda a nombre de la persona que está al teclado.</translation>
        </message>
        <message>
            <source>Shop name *</source>
            <translation>Nombre de la tienda *</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Money format</source>
            <translation>Formato de importes</translation>
        </message>
        <message>
            <source>Warranty terms</source>
            <translation>Condiciones de garantía</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logotipo</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papel</translation>
        </message>
        <message>
            <source>Receipt terms</source>
            <translation>Condiciones del ticket</translation>
        </message>
        <message>
            <source>Receipt format</source>
            <translation>Formato del ticket</translation>
        </message>
        <message>
            <source>Receipt at intake</source>
            <translation>Ticket en la recepción</translation>
        </message>
        <message>
            <source>Label size (mm)</source>
            <translation>Tamaño de etiqueta (mm)</translation>
        </message>
        <message>
            <source>Cost per contact</source>
            <translation>Coste por contacto</translation>
        </message>
        <message>
            <source>Type a currency code such as EUR, GBP or USD.</source>
            <translation>Escriba un código de moneda como EUR, GBP o USD.</translation>
        </message>
        <message>
            <source>Amounts look like {formatted}; typed as {typed}</source>
            <translation>Los importes se muestran así: {formatted}; se escriben así: {typed}</translation>
        </message>
        <message>
            <source>Cost per contact: {problem}</source>
            <translation>Coste por contacto: {problem}</translation>
        </message>
        <message>
            <source>Choose the shop's logo</source>
            <translation>Elegir el logotipo de la tienda</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>Iniciales</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>set</source>
            <comment>a PIN is set</comment>
            <translation>definido</translation>
        </message>
        <message>
            <source>working</source>
            <comment>a person's status</comment>
            <translation>en activo</translation>
        </message>
        <message>
            <source>retired {date}</source>
            <translation>de baja desde el {date}</translation>
        </message>
        <message>
            <source>person's details</source>
            <translation>los datos de la persona</translation>
        </message>
        <message>
            <source>Edit a person</source>
            <translation>Editar una persona</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Añadir una persona</translation>
        </message>
        <message>
            <source>e.g. Tomás Ferreira</source>
            <translation>p. ej. Tomás Ferreira</translation>
        </message>
        <message>
            <source>from the name when left blank</source>
            <translation>a partir del nombre si se deja en blanco</translation>
        </message>
        <message>
            <source>Roles *</source>
            <translation>Roles *</translation>
        </message>
        <message>
            <source>A one-person shop is owner, sales and technician. Follow-ups “for a technician” go to the technician with the least open work; with nobody in a role, they go to the owner.</source>
            <translation>En una tienda de una sola persona, esta es propietario, mostrador y técnico. Los seguimientos «para un técnico» van al técnico con menos trabajo pendiente; si nadie tiene un rol, van al propietario.</translation>
        </message>
        <message>
            <source>optional: 4 to 8 digits, asked when switching to this person</source>
            <translation>opcional: de 4 a 8 dígitos, se pide al cambiar a esta persona</translation>
        </message>
        <message>
            <source>Retire {name}</source>
            <translation>Dar de baja a {name}</translation>
        </message>
        <message>
            <source>{name} still has {work}. All of it goes to the colleague chosen here.</source>
            <translation>{name} todavía tiene {work}. Todo pasa al compañero que elija aquí.</translation>
        </message>
        <message>
            <source>{name} has no open work. Their name stays on everything they did.</source>
            <translation>{name} no tiene trabajo pendiente. Su nombre se mantiene en todo lo que hizo.</translation>
        </message>
        <message>
            <source>— nobody —</source>
            <translation>— nadie —</translation>
        </message>
        <message>
            <source>— choose a colleague —</source>
            <translation>— elija un compañero —</translation>
        </message>
        <message>
            <source>Hand the work to</source>
            <translation>Pasar el trabajo a</translation>
        </message>
        <message>
            <source>crm_desktop will speak {language} from its next start. Restart it now?</source>
            <translation>crm_desktop hablará {language} a partir del próximo inicio. ¿Reiniciarlo ahora?</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Reiniciar ahora</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Más tarde</translation>
        </message>
        <message>
            <source>Your shop's name, address, currency, money format, logo and paper.</source>
            <translation>El nombre, la dirección, la moneda, el formato de importes, el logotipo y el papel de su tienda.</translation>
        </message>
        <message>
            <source>Edit shop details…</source>
            <translation>Editar datos de la tienda…</translation>
        </message>
        <message>
            <source>Language…</source>
            <translation>Idioma…</translation>
        </message>
        <message>
            <source>What customers ask that is not a repair, and the checklist each kind applies.</source>
            <translation>Lo que piden los clientes que no es una reparación, y la lista de comprobación que aplica cada tipo.</translation>
        </message>
        <message>
            <source>Kinds of request…</source>
            <translation>Tipos de solicitud…</translation>
        </message>
        <message>
            <source>E-mail and SMS to customers: the mail server, the SMS provider, the outbox.</source>
            <translation>E-mail y SMS a clientes: el servidor de correo, el proveedor de SMS, la bandeja de salida.</translation>
        </message>
        <message>
            <source>Messages…</source>
            <translation>Mensajes…</translation>
        </message>
        <message>
            <source>Outbox…</source>
            <translation>Bandeja de salida…</translation>
        </message>
        <message>
            <source>Templates…</source>
            <translation>Plantillas…</translation>
        </message>
        <message>
            <source>What each message says, and whether it goes by itself or after asking</source>
            <translation>Lo que dice cada mensaje y si se envía automáticamente o después de preguntar</translation>
        </message>
        <message>
            <source>The automatic backups, Back up now, a second folder, Restore.</source>
            <translation>Las copias de seguridad automáticas, Hacer copia ahora, una segunda carpeta, Restaurar.</translation>
        </message>
        <message>
            <source>Backups…</source>
            <translation>Copias de seguridad…</translation>
        </message>
        <message>
            <source>Shop server…</source>
            <translation>Servidor de la tienda…</translation>
        </message>
        <message>
            <source>Several computers share this shop on a PostgreSQL server: {server}.</source>
            <translation>Varios ordenadores comparten esta tienda en un servidor PostgreSQL: {server}.</translation>
        </message>
        <message>
            <source>One computer: the shop is a file on this computer. Share it between several on a server.</source>
            <translation>Un solo ordenador: la tienda es un archivo en este ordenador. Compártala entre varios en un servidor.</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Everyone who serves customers or repairs units. Every change in crm_desktop is saved in the name of the person at the keyboard (bottom right of the window). People are retired, never deleted: their names stay on what they did.</source>
            <translation>Todas las personas que atienden a clientes o reparan equipos. Cada cambio en crm_desktop se guarda a nombre de la persona que está al teclado (abajo a la derecha de la ventana). A las personas se las da de baja, nunca se las elimina: sus nombres se mantienen en lo que hicieron.</translation>
        </message>
        <message>
            <source>Show retired people</source>
            <translation>Mostrar personas dadas de baja</translation>
        </message>
        <message>
            <source>Add a person…</source>
            <translation>Añadir una persona…</translation>
        </message>
        <message>
            <source>Set or remove PIN…</source>
            <translation>Definir o quitar PIN…</translation>
        </message>
        <message>
            <source>Retire…</source>
            <translation>Dar de baja…</translation>
        </message>
        <message>
            <source>Bring back</source>
            <translation>Reincorporar</translation>
        </message>
        <message>
            <source>This computer speaks {now}; {next} from the next start.</source>
            <translation>Este ordenador habla {now}; {next} a partir del próximo inicio.</translation>
        </message>
        <message>
            <source>This computer speaks {language}: the window, the documents, the command line.</source>
            <translation>Este ordenador habla {language}: la ventana, los documentos, la línea de órdenes.</translation>
        </message>
        <message>
            <source>New PIN for {name} (4 to 8 digits; leave empty to remove the PIN):</source>
            <translation>Nuevo PIN para {name} (de 4 a 8 dígitos; déjelo vacío para quitar el PIN):</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Todo</translation>
        </message>
        <message>
            <source>Calls and messages</source>
            <translation>Llamadas y mensajes</translation>
        </message>
        <message>
            <source>Satisfaction checks</source>
            <translation>Controles de satisfacción</translation>
        </message>
        <message>
            <source>Warranty notices</source>
            <translation>Avisos de garantía</translation>
        </message>
        <message>
            <source>Service reminders</source>
            <translation>Recordatorios de revisión</translation>
        </message>
        <message>
            <source>Recovery calls</source>
            <translation>Llamadas de recuperación</translation>
        </message>
        <message numerus="yes">
            <source>{section} ({count}) — showing the %n most urgent</source>
            <translation>
                <numerusform>{section} ({count}) — se muestra el %n más urgente</numerusform>
                <numerusform>{section} ({count}) — se muestran los %n más urgentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>idle %n d</source>
            <translation>
                <numerusform>sin acción %n d</numerusform>
                <numerusform>sin acción %n d</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{date} (%n d late)</source>
            <translation>
                <numerusform>{date} (%n d de retraso)</numerusform>
                <numerusform>{date} (%n d de retraso)</numerusform>
            </translation>
        </message>
        <message>
            <source>{phone} — click to copy</source>
            <translation>{phone} — haga clic para copiar</translation>
        </message>
        <message>
            <source>Only the follow-ups assigned to one person</source>
            <translation>Solo los seguimientos asignados a una persona</translation>
        </message>
        <message>
            <source>Which kinds of work</source>
            <translation>Qué tipos de trabajo</translation>
        </message>
        <message>
            <source>Complete…</source>
            <translation>Completar…</translation>
        </message>
        <message>
            <source>Reschedule…</source>
            <translation>Reprogramar…</translation>
        </message>
        <message>
            <source>Skip…</source>
            <translation>Omitir…</translation>
        </message>
        <message>
            <source>Hand over…</source>
            <translation>Traspasar…</translation>
        </message>
        <message>
            <source>Give the selected follow-ups to a colleague</source>
            <translation>Pasar los seguimientos seleccionados a un compañero</translation>
        </message>
        <message>
            <source>Select several follow-ups (Ctrl or Shift + click) to do them all at once</source>
            <translation>Seleccione varios seguimientos (Ctrl o Shift + clic) para hacerlos todos a la vez</translation>
        </message>
        <message>
            <source>The message telling the customer where it stands, ready to send</source>
            <translation>El mensaje que informa al cliente de cómo va todo, listo para enviar</translation>
        </message>
        <message>
            <source>Select the long overdue</source>
            <translation>Seleccionar los muy atrasados</translation>
        </message>
        <message>
            <source>Follow-ups more than 90 days late: select them all to reschedule, skip or hand them over</source>
            <translation>Seguimientos con más de 90 días de retraso: selecciónelos todos para reprogramarlos, omitirlos o traspasarlos</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Call list…</source>
            <translation>Lista de llamadas…</translation>
        </message>
        <message>
            <source>Work through today's calls one at a time (Ctrl+L)</source>
            <translation>Hacer las llamadas de hoy una a una (Ctrl+L)</translation>
        </message>
        <message>
            <source>Today's work, most urgent first</source>
            <translation>El trabajo de hoy, lo más urgente primero</translation>
        </message>
        <message>
            <source>Loading today's work…</source>
            <translation>Cargando el trabajo de hoy…</translation>
        </message>
        <message>
            <source>Today — {date}</source>
            <translation>Hoy — {date}</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n message(s) to customers could not be sent.&lt;/b&gt; &lt;a href='outbox'&gt;Open the outbox&lt;/a&gt; to read why and send again.</source>
            <translation>
                <numerusform>&lt;b&gt;%n mensaje a clientes no se ha podido enviar.&lt;/b&gt; &lt;a href='outbox'&gt;Abra la bandeja de salida&lt;/a&gt; para ver el motivo y volver a enviarlo.</numerusform>
                <numerusform>&lt;b&gt;%n mensajes a clientes no se han podido enviar.&lt;/b&gt; &lt;a href='outbox'&gt;Abra la bandeja de salida&lt;/a&gt; para ver el motivo y volver a enviarlos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b style='color:{color}'&gt;%n overdue&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b style='color:{color}'&gt;%n atrasado&lt;/b&gt;</numerusform>
                <numerusform>&lt;b style='color:{color}'&gt;%n atrasados&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing overdue</source>
            <translation>nada atrasado</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n due today&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%n para hoy&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%n para hoy&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in the next 7 days</source>
            <translation>
                <numerusform>%n en los próximos 7 días</numerusform>
                <numerusform>%n en los próximos 7 días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n broken promise(s)</source>
            <translation>
                <numerusform>%n compromiso incumplido</numerusform>
                <numerusform>%n compromisos incumplidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b style='color:{color}'&gt;%n slipping promise(s)&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b style='color:{color}'&gt;%n compromiso que se retrasa&lt;/b&gt;</numerusform>
                <numerusform>&lt;b style='color:{color}'&gt;%n compromisos que se retrasan&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for news</source>
            <translation>
                <numerusform>%n esperando noticias</numerusform>
                <numerusform>%n esperando noticias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open with no action for {days} days</source>
            <translation>
                <numerusform>%n abierto sin acción desde hace {days} días</numerusform>
                <numerusform>%n abiertos sin acción desde hace {days} días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n long overdue</source>
            <translation>
                <numerusform>%n muy atrasado</numerusform>
                <numerusform>%n muy atrasados</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Open request</source>
            <translation>&amp;Abrir solicitud</translation>
        </message>
        <message>
            <source>&amp;Open customer</source>
            <translation>&amp;Abrir cliente</translation>
        </message>
        <message>
            <source>Copied {phone} ({customer})</source>
            <translation>Copiado: {phone} ({customer})</translation>
        </message>
        <message>
            <source>There is no message to send for “{what}”: it is not a reminder, the customer said no or has no address for it, or messages are not set up (Settings → Messages). Call them, or log the contact.</source>
            <translation>No hay ningún mensaje que enviar para «{what}»: no es un recordatorio, el cliente dijo que no o no tiene dirección para ello, o los mensajes no están configurados (Configuración → Mensajes). Llámelo o registre el contacto.</translation>
        </message>
        <message>
            <source>Ending within</source>
            <translation>Terminan dentro de</translation>
        </message>
        <message>
            <source>Ended in the last</source>
            <translation>Terminaron en los últimos</translation>
        </message>
        <message>
            <source>All active</source>
            <translation>Todas las activas</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>Venta</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Termina</translation>
        </message>
        <message>
            <source>Scan or type a serial / IMEI and press Enter</source>
            <translation>Escanee o escriba un n.º de serie / IMEI y pulse Enter</translation>
        </message>
        <message>
            <source>Within how many days</source>
            <translation>En cuántos días</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>Open customer</source>
            <translation>Abrir cliente</translation>
        </message>
        <message>
            <source>Print certificate…</source>
            <translation>Imprimir certificado…</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) — the first %n</source>
            <translation>
                <numerusform>%n artículo — solo se muestra %n</numerusform>
                <numerusform>%n artículos — solo se muestran los %n primeros</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n artículo</numerusform>
                <numerusform>%n artículos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sold item(s) with serial {serial}</source>
            <translation>
                <numerusform>%n artículo vendido con el número de serie {serial}</numerusform>
                <numerusform>%n artículos vendidos con el número de serie {serial}</numerusform>
            </translation>
        </message>
        <message>
            <source>No sold item has the serial “{serial}”.</source>
            <translation>Ningún artículo vendido tiene el número de serie «{serial}».</translation>
        </message>
        <message>
            <source>Warranty certificate, {number}</source>
            <translation>Certificado de garantía, {number}</translation>
        </message>
        <message>
            <source>“{text}” is not a date like {example}.</source>
            <translation>«{text}» no es una fecha como {example}.</translation>
        </message>
        <message>
            <source>Discard the typed {what}?</source>
            <translation>¿Descartar {what}?</translation>
        </message>
        <message>
            <source>It has not been saved.</source>
            <translation>Lo escrito todavía no se ha guardado.</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Descartar</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>&amp;Seguir editando</translation>
        </message>
        <message>
            <source>details</source>
            <translation>los datos</translation>
        </message>
        <message>
            <source>someone else</source>
            <translation>otra persona</translation>
        </message>
        <message>
            <source>Changed elsewhere by {who} at {time}. What you typed is kept: {what}</source>
            <translation>{who} lo ha modificado en otro lugar a las {time}. Lo que ha escrito se conserva: {what}</translation>
        </message>
        <message>
            <source>Changed elsewhere by {who}. What you typed is kept: {what}</source>
            <translation>{who} lo ha modificado en otro lugar. Lo que ha escrito se conserva: {what}</translation>
        </message>
        <message>
            <source>New date for {what}:</source>
            <translation>Nueva fecha para {what}:</translation>
        </message>
        <message>
            <source>Why the date moves — told to the customer, kept in the history</source>
            <translation>Por qué cambia la fecha: se comunica al cliente y se guarda en el historial</translation>
        </message>
        <message>
            <source>It is already due on {date}: pick the new date.</source>
            <translation>Ya vence el {date}: elija la nueva fecha.</translation>
        </message>
        <message>
            <source>Say why the date moves: the customer is told, and it is kept with the promise.</source>
            <translation>Indique por qué cambia la fecha: se comunica al cliente y se guarda con el compromiso.</translation>
        </message>
    </context>
</TS>
