<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>QIODevice</name>
    <message>
        <source>Unknown error</source>
        <translation>Error desconocido</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design web infrastructure.</source>
        <translation>Diseñe infraestructuras web.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Guarda una imagen de la ventana en FILE y sale.</translation>
    </message>
    <message>
        <source>A design to open.</source>
        <translation>Un diseño que abrir.</translation>
    </message>
    <message>
        <source>With --screenshot: show the design at PERCENT (centred) instead of fitted.</source>
        <translation>Con --screenshot: muestra el diseño al PERCENT (centrado) en lugar de ajustarlo.</translation>
    </message>
    <message>
        <source>Start with the high-contrast look for projectors (View &gt; High-Contrast Look).</source>
        <translation>Inicia con el aspecto de alto contraste para proyectores (Ver &gt; Alto contraste).</translation>
    </message>
    <message>
        <source>Start from the built-in template NAME (e.g. scale-up, the www.foobar.com design).</source>
        <translation>Empezar desde la plantilla integrada NAME (p. ej. scale-up, el diseño www.foobar.com).</translation>
    </message>
    <message>
        <source>Compare the design with the one in FILE (File &gt; Compare With…).</source>
        <translation>Comparar el diseño con el de FILE (Archivo &gt; Comparar con…).</translation>
    </message>
</context>
<context>
    <name>sw::AboutDialog</name>
    <message>
        <source>About Stackwright</source>
        <translation>Acerca de Stackwright</translation>
    </message>
    <message>
        <source>A desktop topology designer for web infrastructure: draw the stack, check it against the spec, export pictures, reports and deploy bundles.</source>
        <translation>Un diseñador de topologías de infraestructura web para escritorio: dibuje la pila, compruébela con la especificación y exporte imágenes, informes y paquetes de despliegue.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licencia: %1</translation>
    </message>
    <message>
        <source>Libraries used</source>
        <translation>Bibliotecas utilizadas</translation>
    </message>
</context>
<context>
    <name>sw::AccessibilityFeature</name>
    <message>
        <source>Why it matters and how to fix it</source>
        <translation>Por qué importa y cómo corregirlo</translation>
    </message>
    <message>
        <source>Findings list</source>
        <translation>Lista de hallazgos</translation>
    </message>
</context>
<context>
    <name>sw::Activity</name>
    <message>
        <source>activity, field &quot;%1&quot;: expected an array of strings</source>
        <translation>actividad, campo &quot;%1&quot;: se esperaba un array de cadenas</translation>
    </message>
    <message>
        <source>activity: expected an object</source>
        <translation>actividad: se esperaba un objeto</translation>
    </message>
    <message>
        <source>activity, field &quot;profile&quot;: a profile name is required</source>
        <translation>actividad, campo &quot;profile&quot;: se requiere un nombre de perfil</translation>
    </message>
    <message>
        <source>the design &quot;%1&quot; is not an activity (it has no &quot;activity&quot; field)</source>
        <translation>el diseño &quot;%1&quot; no es una actividad (no tiene campo &quot;activity&quot;)</translation>
    </message>
    <message>
        <source>activity, field &quot;profile&quot;: unknown profile &quot;%1&quot;</source>
        <translation>actividad, campo &quot;profile&quot;: perfil &quot;%1&quot; desconocido</translation>
    </message>
    <message>
        <source>activity, field &quot;locked&quot;: unknown node id &quot;%1&quot;</source>
        <translation>actividad, campo &quot;locked&quot;: id de nodo &quot;%1&quot; desconocido</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; stays as the teacher set it</source>
        <translation>El nodo &quot;%1&quot; queda como lo dejó el profesor</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; was changed, but it is locked</source>
        <translation>el nodo &quot;%1&quot; se ha modificado, pero está bloqueado</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; was removed, but it is locked</source>
        <translation>el nodo &quot;%1&quot; se ha eliminado, pero está bloqueado</translation>
    </message>
    <message>
        <source>Put node &quot;%1&quot; back as it was in the activity.</source>
        <translation>Deje el nodo &quot;%1&quot; como estaba en la actividad.</translation>
    </message>
</context>
<context>
    <name>sw::ActivityDialog</name>
    <message>
        <source>Save as Activity</source>
        <translation>Guardar como actividad</translation>
    </message>
    <message>
        <source>One hint per line, shown to the student</source>
        <translation>Una pista por línea, que verá el alumno</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Target profile:</source>
        <translation>Perfil objetivo:</translation>
    </message>
    <message>
        <source>Locked nodes
(students cannot change them):</source>
        <translation>Nodos bloqueados
(los alumnos no pueden cambiarlos):</translation>
    </message>
    <message>
        <source>Hints:</source>
        <translation>Pistas:</translation>
    </message>
</context>
<context>
    <name>sw::ActivityPanel</name>
    <message>
        <source>%p % complete</source>
        <translation>%p % completado</translation>
    </message>
    <message>
        <source>Teacher mode (locked nodes can be changed)</source>
        <translation>Modo profesor (los nodos bloqueados se pueden cambiar)</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Todavía falta:</translation>
    </message>
    <message>
        <source>Hints:</source>
        <translation>Pistas:</translation>
    </message>
    <message>
        <source>That node is locked by the activity: the change was undone.</source>
        <translation>Ese nodo está bloqueado por la actividad: se ha deshecho el cambio.</translation>
    </message>
    <message>
        <source>No activity</source>
        <translation>Ninguna actividad</translation>
    </message>
    <message>
        <source>A teacher can turn this design into an activity with File &gt; Save as Activity...</source>
        <translation>Un profesor puede convertir este diseño en una actividad con Archivo &gt; Guardar como actividad...</translation>
    </message>
    <message>
        <source>Activity: reach the &quot;%1&quot; profile</source>
        <translation>Actividad: alcanzar el perfil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Actividad: %1</translation>
    </message>
    <message>
        <source>%1 of %2 requirements met.</source>
        <translation>%1 de %2 requisitos cumplidos.</translation>
    </message>
</context>
<context>
    <name>sw::Analysis</name>
    <message>
        <source>Entry / load balancers</source>
        <translation>Entrada / balanceadores de carga</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
</context>
<context>
    <name>sw::AnalysisFeature</name>
    <message>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>&amp;Analysis Panel</source>
        <translation>Panel de &amp;análisis</translation>
    </message>
    <message>
        <source>&amp;What-if Mode</source>
        <translation>Modo de &amp;simulación de fallos</translation>
    </message>
    <message>
        <source>Mark nodes as failed and see what still works</source>
        <translation>Marque nodos como caídos y vea qué sigue funcionando</translation>
    </message>
    <message>
        <source>Request &amp;Flow</source>
        <translation>&amp;Flujo de peticiones</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Presentación</translation>
    </message>
    <message>
        <source>Full screen with large captions; arrow keys step the request flow</source>
        <translation>Pantalla completa con rótulos grandes; las flechas avanzan el flujo de peticiones</translation>
    </message>
    <message>
        <source>Save as Acti&amp;vity...</source>
        <translation>Guardar como acti&amp;vidad...</translation>
    </message>
    <message>
        <source>Fail Selected Nodes (What-if)</source>
        <translation>Hacer fallar los nodos seleccionados (simulación)</translation>
    </message>
    <message>
        <source>Bring &quot;%1&quot; back</source>
        <translation>Restablecer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Fail &quot;%1&quot;</source>
        <translation>Hacer fallar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Fail Selected Nodes</source>
        <translation>Hacer fallar los nodos seleccionados</translation>
    </message>
    <message>
        <source>Restore All</source>
        <translation>Restablecer todo</translation>
    </message>
    <message>
        <source>Leave What-if Mode</source>
        <translation>Salir del modo de simulación de fallos</translation>
    </message>
    <message>
        <source>Save as activity</source>
        <translation>Guardar como actividad</translation>
    </message>
    <message>
        <source>Save as Activity</source>
        <translation>Guardar como actividad</translation>
    </message>
    <message>
        <source>Stackwright designs (*.stackwright *.json)</source>
        <translation>Diseños de Stackwright (*.stackwright *.json)</translation>
    </message>
    <message>
        <source>Saved the activity to %1</source>
        <translation>Actividad guardada en %1</translation>
    </message>
</context>
<context>
    <name>sw::AnalysisPanel</name>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Highlight the bottleneck on the canvas</source>
        <translation>Resaltar el cuello de botella en el lienzo</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Simulación de fallos</translation>
    </message>
    <message>
        <source>Request flow</source>
        <translation>Flujo de peticiones</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:20pt; font-weight:600&apos;&gt;%1&lt;/span&gt;&amp;nbsp;&amp;nbsp;%2 nines</source>
        <translation>&lt;span style=&apos;font-size:20pt; font-weight:600&apos;&gt;%1&lt;/span&gt;&amp;nbsp;&amp;nbsp;%2 nueves</translation>
    </message>
    <message>
        <source>&lt;br&gt;Expected downtime: %1 per month, %2 per year</source>
        <translation>&lt;br&gt;Tiempo de inactividad esperado: %1 al mes, %2 al año</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b style=&apos;color:#c62828&apos;&gt;No request path from the users to a database.&lt;/b&gt;</source>
        <translation>&lt;br&gt;&lt;b style=&apos;color:#c62828&apos;&gt;No hay ninguna ruta de peticiones de los usuarios a una base de datos.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>With the failures</source>
        <translation>Con los fallos</translation>
    </message>
    <message>
        <source>Computed with the O(V+E) approximation (the design is too large for the exact method).</source>
        <translation>Calculado con la aproximación O(V+E) (el diseño es demasiado grande para el método exacto).</translation>
    </message>
    <message>
        <source>Computed exactly from the request paths.</source>
        <translation>Calculado exactamente a partir de las rutas de peticiones.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;After every quick fix&quot;: %n quick fix(es) of the validator applied to a copy of the design.</source>
        <translation>
            <numerusform>&quot;Tras cada corrección rápida&quot;: %n corrección rápida del validador aplicada a una copia del diseño.</numerusform>
            <numerusform>&quot;Tras cada corrección rápida&quot;: %n correcciones rápidas del validador aplicadas a una copia del diseño.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load %1 req/s (the users&apos; &quot;load&quot;); the %2 tier is the bottleneck at %3 %.</source>
        <translation>Carga de %1 pet/s (la &quot;load&quot; de los usuarios); la capa %2 es el cuello de botella al %3 %.</translation>
    </message>
    <message>
        <source>No load reaches the servers.</source>
        <translation>Ninguna carga llega a los servidores.</translation>
    </message>
</context>
<context>
    <name>sw::ArrangeController</name>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Organizar</translation>
    </message>
    <message>
        <source>Lay out the whole design with Graphviz (undoable)</source>
        <translation>Organizar todo el diseño con Graphviz (se puede deshacer)</translation>
    </message>
    <message>
        <source>Arrange &amp;New Nodes</source>
        <translation>Organizar los &amp;nodos nuevos</translation>
    </message>
    <message>
        <source>Place only the nodes that have no position yet</source>
        <translation>Colocar solo los nodos que aún no tienen posición</translation>
    </message>
    <message>
        <source>Arrange failed</source>
        <translation>Error al organizar</translation>
    </message>
    <message>
        <source>Laying out the design...</source>
        <translation>Organizando el diseño...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Arrange New Nodes</source>
        <translation>Organizar los nodos nuevos</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Organizar</translation>
    </message>
    <message>
        <source>Arrange new nodes</source>
        <translation>Organizar los nodos nuevos</translation>
    </message>
</context>
<context>
    <name>sw::AvailabilityChart</name>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplic.</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>BD</translation>
    </message>
    <message>
        <source>This design</source>
        <translation>Este diseño</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>Downtime per year (hours)</source>
        <translation>Tiempo de inactividad al año (horas)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>After fixes</source>
        <translation>Tras las correcciones</translation>
    </message>
</context>
<context>
    <name>sw::Bundle</name>
    <message>
        <source>SHA-256 checksum of the Sumo Logic collector package the servers download; a download that differs is refused (a design pins it in props.collector_sha256 of a monitoring agent).</source>
        <translation>Suma de comprobación SHA-256 del paquete del recolector de Sumo Logic que descargan los servidores; se rechaza una descarga que no coincida (un diseño la fija en props.collector_sha256 de un agente de monitorización).</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existe y no es una carpeta</translation>
    </message>
    <message>
        <source>%1 is not empty and was not written by Stackwright: choose an empty or new folder</source>
        <translation>%1 no está vacía y no la escribió Stackwright: elija una carpeta vacía o nueva</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>no se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>no se puede crear la carpeta para %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>no se puede reemplazar %1</translation>
    </message>
    <message>
        <source>cannot move the new bundle to %1</source>
        <translation>no se puede mover el nuevo paquete a %1</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;, field &quot;%2&quot;</source>
        <translation>nodo &quot;%1&quot;, campo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; has no virtual address (field &quot;vip&quot;): keepalived is not set up for it.</source>
        <translation>El clúster &quot;%1&quot; no tiene dirección virtual (campo &quot;vip&quot;): keepalived no se configura para él.</translation>
    </message>
    <message>
        <source>keepalived&apos;s unicast VRRP between the members of cluster &quot;%1&quot; needs it</source>
        <translation>el VRRP unicast de keepalived entre los miembros del clúster &quot;%1&quot; la necesita</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: the app server has no codebase on its server &quot;%2&quot; to check out and run</source>
        <translation>nodo &quot;%1&quot;: el servidor de aplicaciones no tiene código en su servidor &quot;%2&quot; que descargar y ejecutar</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: server &quot;%2&quot; already runs database &quot;%3&quot;; the bundles set up one database server per server</source>
        <translation>nodo &quot;%1&quot;: el servidor &quot;%2&quot; ya ejecuta la base de datos &quot;%3&quot;; los paquetes instalan un servidor de base de datos por servidor</translation>
    </message>
    <message>
        <source>database users and replication are granted per address</source>
        <translation>los usuarios de la base de datos y la replicación se autorizan por dirección</translation>
    </message>
    <message>
        <source>%1: a replica needs the primary it follows</source>
        <translation>%1: una réplica necesita el primario al que sigue</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; needs the address ufw allows</source>
        <translation>la regla &quot;%1&quot; necesita la dirección que permite ufw</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a user name the bundle can log in with (lower-case letters, digits, _ and -, starting with a letter or _)</source>
        <translation>%1: &quot;%2&quot; no es un nombre de usuario con el que el paquete pueda iniciar sesión (minúsculas, dígitos, _ y -, empezando por una letra o _)</translation>
    </message>
    <message>
        <source>%1: another server already has the hostname &quot;%2&quot;; each server of a bundle needs its own</source>
        <translation>%1: otro servidor ya tiene el nombre de host &quot;%2&quot;; cada servidor de un paquete necesita el suyo</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; cannot be cloned safely: give an https://, ssh://, git:// or user@host:path address on one line</source>
        <translation>%1: &quot;%2&quot; no se puede clonar de forma segura: indique una dirección https://, ssh://, git:// o user@host:path en una línea</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a branch name git accepts (no spaces, line breaks, ~ ^ : ? * [ \, &quot;..&quot;, nor a leading -)</source>
        <translation>%1: &quot;%2&quot; no es un nombre de rama que git acepte (sin espacios, saltos de línea, ~ ^ : ? * [ \, &quot;..&quot;, ni un - inicial)</translation>
    </message>
    <message>
        <source>%1: the deploy bundles run Python apps with gunicorn; mod_wsgi is not supported yet</source>
        <translation>%1: los paquetes de despliegue ejecutan las aplicaciones Python con gunicorn; mod_wsgi aún no se admite</translation>
    </message>
    <message>
        <source>%1: server &quot;%2&quot; has no address (field &quot;address&quot;), but %3</source>
        <translation>%1: el servidor &quot;%2&quot; no tiene dirección (campo &quot;address&quot;), pero %3</translation>
    </message>
    <message>
        <source>Network firewall &quot;%1&quot; is not configured by this bundle; allow on it: %2</source>
        <translation>El cortafuegos de red &quot;%1&quot; no lo configura este paquete; permita en él: %2</translation>
    </message>
    <message>
        <source>Network interface keepalived announces the virtual address on.</source>
        <translation>Interfaz de red en la que keepalived anuncia la dirección virtual.</translation>
    </message>
    <message>
        <source>The WSGI application gunicorn runs (module:callable).</source>
        <translation>La aplicación WSGI que ejecuta gunicorn (module:callable).</translation>
    </message>
    <message>
        <source>Password of the database user &quot;app&quot; the application connects with (12 or more of A-Z a-z 0-9 . _ + = -).</source>
        <translation>Contraseña del usuario &quot;app&quot; de la base de datos con el que se conecta la aplicación (12 o más de A-Z a-z 0-9 . _ + = -).</translation>
    </message>
    <message>
        <source>Password of the database user &quot;replication&quot; replicas connect to the primary with (12 or more of A-Z a-z 0-9 . _ + = -).</source>
        <translation>Contraseña del usuario &quot;replication&quot; de la base de datos con el que las réplicas se conectan al primario (12 o más de A-Z a-z 0-9 . _ + = -).</translation>
    </message>
    <message>
        <source>E-mail address Let&apos;s Encrypt sends expiry notices to.</source>
        <translation>Dirección de correo a la que Let&apos;s Encrypt envía los avisos de caducidad.</translation>
    </message>
    <message>
        <source>Sumo Logic access id the collectors register with.</source>
        <translation>Id de acceso de Sumo Logic con el que se registran los recolectores.</translation>
    </message>
    <message>
        <source>Sumo Logic access key the collectors register with.</source>
        <translation>Clave de acceso de Sumo Logic con la que se registran los recolectores.</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;, field &quot;props.collector_sha256&quot;: must be a SHA-256 checksum (64 hexadecimal digits)</source>
        <translation>nodo &quot;%1&quot;, campo &quot;props.collector_sha256&quot;: debe ser una suma de comprobación SHA-256 (64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;, field &quot;props.collector_sha256&quot;: differs from the checksum another monitoring agent pins (one collector package for all)</source>
        <translation>nodo &quot;%1&quot;, campo &quot;props.collector_sha256&quot;: difiere de la suma de comprobación que fija otro agente de monitorización (un único paquete de recolector para todos)</translation>
    </message>
    <message>
        <source>Password the application servers give the Redis cache (12 or more of A-Z a-z 0-9 . _ + = -).</source>
        <translation>Contraseña que los servidores de aplicaciones dan a la caché Redis (12 o más de A-Z a-z 0-9 . _ + = -).</translation>
    </message>
    <message>
        <source>the cache admits its app servers by address</source>
        <translation>la caché admite a sus servidores de aplicaciones por su dirección</translation>
    </message>
    <message>
        <source>the cache listens on its server&apos;s private address only</source>
        <translation>la caché solo escucha en la dirección privada de su servidor</translation>
    </message>
</context>
<context>
    <name>sw::BundleExportActions</name>
    <message>
        <source>there is no design to export</source>
        <translation>no hay ningún diseño que exportar</translation>
    </message>
    <message>
        <source>%1: choose an empty folder</source>
        <translation>%1: elija una carpeta vacía</translation>
    </message>
    <message>
        <source>The bundle was not written: %1</source>
        <translation>No se ha escrito el paquete: %1</translation>
    </message>
    <message>
        <source>Wrote the deploy bundle to %1</source>
        <translation>Paquete de despliegue escrito en %1</translation>
    </message>
    <message>
        <source>there is no export format &quot;%1&quot;</source>
        <translation>no hay ningún formato de exportación &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
</context>
<context>
    <name>sw::CanvasAccessible</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Inside %1 (%2).</source>
        <translation>Dentro de %1 (%2).</translation>
    </message>
    <message>
        <source>%1 incoming and %2 outgoing links.</source>
        <translation>%1 enlaces entrantes y %2 enlaces salientes.</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Ningún hallazgo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Link from %1 to %2, %3 port %4</source>
        <translation>Enlace de %1 a %2, %3 puerto %4</translation>
    </message>
    <message>
        <source>Tab and Alt+Right follow the links from the users&apos; entry towards the database, Shift+Tab and Alt+Left go back, Alt+Up and Alt+Down choose another link at this step.</source>
        <translation>Tab y Alt+Derecha siguen los enlaces desde la entrada de los usuarios hacia la base de datos, Mayús+Tab y Alt+Izquierda vuelven atrás, Alt+Arriba y Alt+Abajo eligen otro enlace en este paso.</translation>
    </message>
    <message>
        <source>Alt+Page Down and Alt+Page Up go to every node in turn. Shift+Space keeps a node for a link: walk to another node and press Ctrl+L to link the two.</source>
        <translation>Alt+Av Pág y Alt+Re Pág recorren cada nodo por turno. Mayús+Espacio retiene un nodo para un enlace: vaya a otro nodo y pulse Ctrl+L para enlazar los dos.</translation>
    </message>
    <message>
        <source>Kept as the start of a link.</source>
        <translation>Retenido como inicio de un enlace.</translation>
    </message>
</context>
<context>
    <name>sw::CanvasEditor</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>Añadir %1 a %2</translation>
    </message>
    <message>
        <source>Add %1 on a new server</source>
        <translation>Añadir %1 en un servidor nuevo</translation>
    </message>
    <message>
        <source>A %1 runs on a server: added a new server &quot;%2&quot; for it.</source>
        <translation>Un %1 se ejecuta en un servidor: se ha añadido un servidor nuevo &quot;%2&quot; para él.</translation>
    </message>
    <message>
        <source>%1 is already connected to %2.</source>
        <translation>%1 ya está conectado a %2.</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Conectar %1 a %2</translation>
    </message>
    <message>
        <source>Connected %1 to %2 with %3 %4 (change it in the properties panel).</source>
        <translation>%1 conectado a %2 con %3 %4 (cámbielo en el panel de propiedades).</translation>
    </message>
    <message>
        <source>A service must be inside a server: drop it onto a server.</source>
        <translation>Un servicio debe estar dentro de un servidor: suéltelo sobre un servidor.</translation>
    </message>
    <message>
        <source>Where does %1 go?</source>
        <translation>¿Adónde va %1?</translation>
    </message>
    <message>
        <source>Onto a new server here</source>
        <translation>En un servidor nuevo aquí</translation>
    </message>
    <message>
        <source>Back where it was</source>
        <translation>Donde estaba</translation>
    </message>
    <message>
        <source>A %1 must be inside a server: put back.</source>
        <translation>Un %1 debe estar dentro de un servidor: devuelto a su sitio.</translation>
    </message>
    <message>
        <source>Move %1 onto a new server</source>
        <translation>Mover %1 a un servidor nuevo</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Añadir servidor</translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Mover %n nodo</numerusform>
            <numerusform>Mover %n nodos</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to cluster %1</source>
        <translation>Añadir al clúster %1</translation>
    </message>
    <message>
        <source>Take out of cluster %1</source>
        <translation>Sacar del clúster %1</translation>
    </message>
    <message>
        <source>Added to the cluster %1.</source>
        <translation>Añadido al clúster %1.</translation>
    </message>
    <message>
        <source>Taken out of the cluster %1.</source>
        <translation>Sacado del clúster %1.</translation>
    </message>
    <message>
        <source>%1 is already installed on %2.</source>
        <translation>%1 ya está instalado en %2.</translation>
    </message>
    <message>
        <source>Install %1 on %2</source>
        <translation>Instalar %1 en %2</translation>
    </message>
    <message>
        <source>Installed %1 on %2.</source>
        <translation>%1 instalado en %2.</translation>
    </message>
    <message>
        <source>Select two or more load balancers (or their servers) to make a cluster.</source>
        <translation>Seleccione dos o más balanceadores de carga (o sus servidores) para formar un clúster.</translation>
    </message>
    <message numerus="yes">
        <source>Make a cluster of %n load balancer(s)</source>
        <translation>
            <numerusform>Formar un clúster de %n balanceador de carga</numerusform>
            <numerusform>Formar un clúster de %n balanceadores de carga</numerusform>
        </translation>
    </message>
    <message>
        <source>Select exactly two nodes to link them.</source>
        <translation>Seleccione exactamente dos nodos para conectarlos.</translation>
    </message>
    <message>
        <source>%1 → %2 over %3</source>
        <translation>%1 → %2 por %3</translation>
    </message>
    <message>
        <source>Link the two selected nodes</source>
        <translation>Conectar los dos nodos seleccionados</translation>
    </message>
</context>
<context>
    <name>sw::CanvasView</name>
    <message>
        <source>Design canvas</source>
        <translation>Lienzo del diseño</translation>
    </message>
    <message>
        <source>Drag nodes to move them, drag from a node&apos;s blue handle to connect it, arrow keys move the selection</source>
        <translation>Arrastre los nodos para moverlos, arrastre desde el asa azul de un nodo para conectarlo; las flechas mueven la selección</translation>
    </message>
    <message>
        <source>An empty design. To begin, drag a box from the palette on the left onto the canvas (Users, a DNS record, a load balancer, a web server…), or press Ctrl+Shift+A to add one by name. Drag from a box&apos;s blue handle to another box to link them. File &gt; New from Template starts from a finished design.</source>
        <translation>Un diseño vacío. Para empezar, arrastre una caja de la paleta de la izquierda al lienzo (Usuarios, un registro DNS, un balanceador de carga, un servidor web…), o pulse Ctrl+Mayús+A para añadir una por su nombre. Arrastre desde el asa azul de una caja a otra para conectarlas. Archivo &gt; Nuevo desde plantilla empieza con un diseño terminado.</translation>
    </message>
</context>
<context>
    <name>sw::CapacityChart</name>
    <message>
        <source>Utilization (%)</source>
        <translation>Utilización (%)</translation>
    </message>
    <message>
        <source>Capacity: utilization per tier</source>
        <translation>Capacidad: utilización por capa</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Utilización</translation>
    </message>
    <message>
        <source>Utilization at %1 req/s; bottleneck: %2</source>
        <translation>Utilización a %1 pet/s; cuello de botella: %2</translation>
    </message>
    <message>
        <source>Utilization per tier (no load)</source>
        <translation>Utilización por capa (sin carga)</translation>
    </message>
</context>
<context>
    <name>sw::Check</name>
    <message>
        <source>node &quot;%1&quot;</source>
        <translation>nodo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>link #%1</source>
        <translation>enlace n.º %1</translation>
    </message>
    <message>
        <source>link &quot;%1&quot;</source>
        <translation>enlace &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 está fuera de rango (%2 a %3)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot; no es uno de: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name (letters, digits and inner hyphens, at most 63)</source>
        <translation>&quot;%1&quot; no es un nombre de host válido (letras, dígitos y guiones internos, 63 como máximo)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name</source>
        <translation>&quot;%1&quot; no es un nombre de dominio válido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>&quot;%1&quot; no es una dirección IP</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation>&quot;%1&quot; no es una URL válida</translation>
    </message>
    <message>
        <source>must be a node id</source>
        <translation>debe ser un id de nodo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id</source>
        <translation>&quot;%1&quot; no es un id válido</translation>
    </message>
    <message>
        <source>must be an array of node ids</source>
        <translation>debe ser un array de ids de nodo</translation>
    </message>
    <message>
        <source>must be an array of &quot;PORT/PROTO&quot; or &quot;PORT/PROTO from ID&quot;</source>
        <translation>debe ser un array de &quot;PORT/PROTO&quot; o &quot;PORT/PROTO from ID&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;PORT/PROTO&quot; or &quot;PORT/PROTO from ID&quot; (PROTO is tcp or udp, PORT 1 to 65535)</source>
        <translation>&quot;%1&quot; no es &quot;PORT/PROTO&quot; ni &quot;PORT/PROTO from ID&quot; (PROTO es tcp o udp, PORT de 1 a 65535)</translation>
    </message>
    <message>
        <source>%1, field &quot;props.%2&quot;: %3</source>
        <translation>%1, campo &quot;props.%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1, field &quot;parent&quot;: a %2 must be inside a server</source>
        <translation>%1, campo &quot;parent&quot;: un %2 debe estar dentro de un servidor</translation>
    </message>
    <message>
        <source>%1, field &quot;parent&quot;: no node has the id &quot;%2&quot;</source>
        <translation>%1, campo &quot;parent&quot;: ningún nodo tiene el id &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1, field &quot;parent&quot;: a %2 cannot be inside anything</source>
        <translation>%1, campo &quot;parent&quot;: un %2 no puede estar dentro de nada</translation>
    </message>
    <message>
        <source>%1, field &quot;parent&quot;: &quot;%2&quot; is a %3, a %4 cannot be inside it</source>
        <translation>%1, campo &quot;parent&quot;: &quot;%2&quot; es un %3, un %4 no puede estar dentro</translation>
    </message>
    <message>
        <source>%1, field &quot;parent&quot;: the parents form a cycle (%2)</source>
        <translation>%1, campo &quot;parent&quot;: los padres forman un ciclo (%2)</translation>
    </message>
    <message>
        <source> inside </source>
        <translation> dentro de </translation>
    </message>
    <message>
        <source>%1, field &quot;from&quot;: no node has the id &quot;%2&quot;</source>
        <translation>%1, campo &quot;from&quot;: ningún nodo tiene el id &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1, field &quot;to&quot;: no node has the id &quot;%2&quot;</source>
        <translation>%1, campo &quot;to&quot;: ningún nodo tiene el id &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1, field &quot;to&quot;: a link must join two different nodes</source>
        <translation>%1, campo &quot;to&quot;: un enlace debe unir dos nodos distintos</translation>
    </message>
    <message>
        <source>%1, field &quot;port&quot;: %2 is out of range (1 to 65535)</source>
        <translation>%1, campo &quot;port&quot;: %2 está fuera de rango (1 a 65535)</translation>
    </message>
    <message>
        <source>no node has the id &quot;%1&quot;</source>
        <translation>ningún nodo tiene el identificador &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2, expected %3</source>
        <translation>&quot;%1&quot; es de tipo %2; se esperaba %3</translation>
    </message>
    <message>
        <source>a node cannot refer to itself</source>
        <translation>un nodo no puede hacer referencia a sí mismo</translation>
    </message>
    <message>
        <source>a cluster needs at least one member</source>
        <translation>un clúster necesita al menos un miembro</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; aparece dos veces en la lista</translation>
    </message>
    <message>
        <source>&quot;%1&quot; replicates from &quot;%2&quot; in turn: a cycle</source>
        <translation>&quot;%1&quot; se replica a su vez desde &quot;%2&quot;: un ciclo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; replicates from &quot;%2&quot; in turn: a chain (a replica replicates from its primary)</source>
        <translation>&quot;%1&quot; se replica a su vez desde &quot;%2&quot;: una cadena (una réplica se replica desde su servidor primario)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; replicates from this database: it would replicate from a replica (a replica replicates from its primary)</source>
        <translation>&quot;%1&quot; se replica desde esta base de datos: se replicaría desde una réplica (una réplica se replica desde su servidor primario)</translation>
    </message>
    <message>
        <source>at most 200 characters</source>
        <translation>200 caracteres como máximo</translation>
    </message>
    <message>
        <source>must have 1 to 200 characters</source>
        <translation>debe tener entre 1 y 200 caracteres</translation>
    </message>
    <message>
        <source>%1, field &quot;props.%2&quot;: required for a %3, and not set (the design is a draft)</source>
        <translation>%1, campo &quot;props.%2&quot;: obligatorio para el tipo %3, y sin definir (el diseño es un borrador)</translation>
    </message>
    <message>
        <source>field &quot;name&quot;: %1</source>
        <translation>campo &quot;name&quot;: %1</translation>
    </message>
    <message>
        <source>%1, field &quot;label&quot;: %2</source>
        <translation>%1, campo &quot;label&quot;: %2</translation>
    </message>
</context>
<context>
    <name>sw::Clipboard</name>
    <message>
        <source>The clipboard does not hold Stackwright nodes.</source>
        <translation>El portapapeles no contiene nodos de Stackwright.</translation>
    </message>
</context>
<context>
    <name>sw::Commands</name>
    <message>
        <source>Rename design</source>
        <translation>Renombrar el diseño</translation>
    </message>
    <message>
        <source>Change profile</source>
        <translation>Cambiar de perfil</translation>
    </message>
    <message>
        <source>Switch rules off or on</source>
        <translation>Activar o desactivar reglas</translation>
    </message>
    <message>
        <source>Change design settings</source>
        <translation>Cambiar los ajustes del diseño</translation>
    </message>
    <message>
        <source>Change link %1</source>
        <translation>Cambiar el enlace %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Mover %n nodo</numerusform>
            <numerusform>Mover %n nodos</numerusform>
        </translation>
    </message>
    <message>
        <source>Take %1 out</source>
        <translation>Sacar %1</translation>
    </message>
    <message>
        <source>Move %1 into %2</source>
        <translation>Mover %1 a %2</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Cambiar %1 de %2</translation>
    </message>
</context>
<context>
    <name>sw::ComparePanel</name>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>Comparar &amp;con…</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>Designs (*.stackwright *.json)</source>
        <translation>Diseños (*.stackwright *.json)</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>No se puede comparar</translation>
    </message>
    <message>
        <source>Show layout moves</source>
        <translation>Mostrar los desplazamientos en el lienzo</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Stop Comparing</source>
        <translation>Detener la comparación</translation>
    </message>
    <message>
        <source>Compared with %1: the same design.</source>
        <translation>Comparado con %1: el mismo diseño.</translation>
    </message>
    <message numerus="yes">
        <source>Compared with %1: %n change(s).</source>
        <translation>
            <numerusform>Comparado con %1: %n cambio.</numerusform>
            <numerusform>Comparado con %1: %n cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; added %2 &amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; removed %4 &amp;nbsp; &lt;span style=&apos;color:%5&apos;&gt;■&lt;/span&gt; changed %6&lt;br&gt;Availability: %7 → %8</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; añadidos %2 &amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; eliminados %4 &amp;nbsp; &lt;span style=&apos;color:%5&apos;&gt;■&lt;/span&gt; modificados %6&lt;br&gt;Disponibilidad: %7 → %8</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Cambios (%1)</translation>
    </message>
    <message>
        <source>Findings (%1 new, %2 gone)</source>
        <translation>Hallazgos (%1 nuevos, %2 desaparecidos)</translation>
    </message>
    <message>
        <source>%1 [%2] %3</source>
        <translation>%1 [%2] %3</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>desaparecido</translation>
    </message>
    <message>
        <source>Single points of failure</source>
        <translation>Puntos únicos de fallo</translation>
    </message>
    <message>
        <source>gained: %1</source>
        <translation>nuevos: %1</translation>
    </message>
    <message>
        <source>lost: %1</source>
        <translation>desaparecidos: %1</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Shell bundle files (%1)</source>
        <translation>Archivos del paquete shell (%1)</translation>
    </message>
    <message>
        <source>not compared: %1</source>
        <translation>no comparado: %1</translation>
    </message>
    <message>
        <source>%1 %2 (+%3 -%4)</source>
        <translation>%1 %2 (+%3 -%4)</translation>
    </message>
</context>
<context>
    <name>sw::Deploy</name>
    <message>
        <source>&quot;%1&quot; is not a server of the design</source>
        <translation>&quot;%1&quot; no es un servidor del diseño</translation>
    </message>
    <message>
        <source>server &quot;%1&quot; has no address: set its &quot;address&quot; property</source>
        <translation>el servidor &quot;%1&quot; no tiene dirección: defina su propiedad &quot;address&quot;</translation>
    </message>
    <message>
        <source>the design has no server to deploy to</source>
        <translation>el diseño no tiene ningún servidor en el que desplegar</translation>
    </message>
    <message>
        <source>%1 is not a shell bundle of Stackwright (servers/order.txt cannot be read: %2)</source>
        <translation>%1 no es un paquete de shell de Stackwright (no se puede leer servers/order.txt: %2)</translation>
    </message>
    <message>
        <source>%1, line %2: expected &quot;SCRIPT&lt;TAB&gt;host&lt;TAB&gt;user&lt;TAB&gt;port&lt;TAB&gt;node id&quot;</source>
        <translation>%1, línea %2: se esperaba &quot;SCRIPT&lt;TAB&gt;host&lt;TAB&gt;user&lt;TAB&gt;port&lt;TAB&gt;node id&quot;</translation>
    </message>
    <message>
        <source>the bundle %1 lacks servers/%2</source>
        <translation>al paquete %1 le falta servers/%2</translation>
    </message>
    <message>
        <source>the bundle %1 has no script for server &quot;%2&quot; (export it again from this design)</source>
        <translation>el paquete %1 no tiene script para el servidor &quot;%2&quot; (vuelva a exportarlo desde este diseño)</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation>%1: se esperaba %2, se encontró %3</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation>autenticando</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>subiendo</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>drifted</source>
        <translation>desviado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>ejecución de prueba</translation>
    </message>
    <message>
        <source>deploy</source>
        <translation>despliegue</translation>
    </message>
    <message>
        <source>check</source>
        <translation>comprobación</translation>
    </message>
    <message>
        <source>cannot read the host key of %1: %2</source>
        <translation>no se puede leer la clave de host de %1: %2</translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3); it was not accepted, so nothing was sent. Compare the fingerprint with the server&apos;s (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) before accepting it.</source>
        <translation>la clave de host de %1 no es conocida (%2 %3); no se ha aceptado, así que no se ha enviado nada. Compare la huella con la del servidor (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) antes de aceptarla.</translation>
    </message>
    <message>
        <source>the host key of %1 has CHANGED (it is now %2 %3): someone may be intercepting the connection, or the server was reinstalled. Refused. If the change is expected, remove its old line from %4.</source>
        <translation>la clave de host de %1 ha CAMBIADO (ahora es %2 %3): alguien puede estar interceptando la conexión, o el servidor se ha reinstalado. Rechazado. Si el cambio es esperado, elimine su línea antigua de %4.</translation>
    </message>
    <message>
        <source>the host key of %1 has CHANGED: %4 knows a key of another type for this server, but it now presents %2 %3. Refused. If the change is expected, remove its old line from %4.</source>
        <translation>la clave de host de %1 ha CAMBIADO: %4 conoce una clave de otro tipo para este servidor, pero ahora presenta %2 %3. Rechazado. Si el cambio es esperado, elimine su línea antigua de %4.</translation>
    </message>
    <message>
        <source>cannot check the host key of %1 against %2: %3</source>
        <translation>no se puede comprobar la clave de host de %1 con %2: %3</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the known hosts</source>
        <translation>no se puede crear la carpeta %1 de hosts conocidos</translation>
    </message>
    <message>
        <source>cannot add the host key to %1: %2</source>
        <translation>no se puede añadir la clave de host a %1: %2</translation>
    </message>
    <message>
        <source>cannot open a channel on %1: %2</source>
        <translation>no se puede abrir un canal en %1: %2</translation>
    </message>
    <message>
        <source>cannot start a command on %1: %2</source>
        <translation>no se puede iniciar un comando en %1: %2</translation>
    </message>
    <message>
        <source>cannot send to %1: %2</source>
        <translation>no se puede enviar a %1: %2</translation>
    </message>
    <message>
        <source>the connection to %1 broke: %2</source>
        <translation>la conexión con %1 se ha cortado: %2</translation>
    </message>
    <message>
        <source>the command on %1 ended without an exit status (killed by a signal?)</source>
        <translation>el comando en %1 terminó sin código de salida (¿lo mató una señal?)</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>desconocido (%1)</translation>
    </message>
    <message>
        <source>systemctl gave no answer</source>
        <translation>systemctl no respondió</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>servicio %1</translation>
    </message>
    <message>
        <source>port %1/tcp</source>
        <translation>puerto %1/tcp</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>a la escucha</translation>
    </message>
    <message>
        <source>nothing listens</source>
        <translation>nada escucha</translation>
    </message>
    <message>
        <source>ufw is not installed</source>
        <translation>ufw no está instalado</translation>
    </message>
    <message>
        <source>cannot read the firewall (sudo wants a password)</source>
        <translation>no se puede leer el cortafuegos (sudo pide una contraseña)</translation>
    </message>
    <message>
        <source>ufw status failed: %1</source>
        <translation>ufw status falló: %1</translation>
    </message>
    <message>
        <source>firewall</source>
        <translation>cortafuegos</translation>
    </message>
    <message>
        <source>active (ufw)</source>
        <translation>activo (ufw)</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>firewall rule %1</source>
        <translation>regla de cortafuegos %1</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>permitido</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>no permitido</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>conectado a %1</translation>
    </message>
    <message>
        <source>added the host key %1 %2 to %3</source>
        <translation>clave de host %1 %2 añadida a %3</translation>
    </message>
    <message>
        <source>authenticated as %1</source>
        <translation>autenticado como %1</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <source>the remote system is %1</source>
        <translation>el sistema remoto es %1</translation>
    </message>
    <message>
        <source>unknown (no /etc/os-release)</source>
        <translation>desconocido (no hay /etc/os-release)</translation>
    </message>
    <message>
        <source>operating system</source>
        <translation>sistema operativo</translation>
    </message>
    <message>
        <source>the server runs %1 but the design says %2: fix the server&apos;s &quot;os&quot; property, the bundle targets that system</source>
        <translation>el servidor ejecuta %1 pero el diseño indica %2: corrija la propiedad &quot;os&quot; del servidor, el paquete está pensado para ese sistema</translation>
    </message>
    <message>
        <source>there is no script for server &quot;%1&quot; in the bundle</source>
        <translation>no hay script para el servidor &quot;%1&quot; en el paquete</translation>
    </message>
    <message>
        <source>uploaded the bundle to %1</source>
        <translation>paquete subido a %1</translation>
    </message>
    <message>
        <source>checking the scripts</source>
        <translation>comprobando los scripts</translation>
    </message>
    <message>
        <source>bash -n found syntax errors (see the log)</source>
        <translation>bash -n encontró errores de sintaxis (vea el registro)</translation>
    </message>
    <message numerus="yes">
        <source>%n script(s) parse, the system matches; nothing was changed</source>
        <translation>
            <numerusform>%n script se analiza sin errores, el sistema coincide; no se ha cambiado nada</numerusform>
            <numerusform>%n scripts se analizan sin errores, el sistema coincide; no se ha cambiado nada</numerusform>
        </translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>ejecutando %1</translation>
    </message>
    <message>
        <source>running %1%2</source>
        <translation>ejecutando %1%2</translation>
    </message>
    <message>
        <source>cancelled; the remote script was stopped; its files stay in %1</source>
        <translation>cancelado; el script remoto se ha detenido; sus archivos quedan en %1</translation>
    </message>
    <message>
        <source>the script failed with exit status %1; its files stay in %2</source>
        <translation>el script falló con el código de salida %1; sus archivos quedan en %2</translation>
    </message>
    <message>
        <source>the script ran to its end (exit status 0)</source>
        <translation>el script se ejecutó hasta el final (código de salida 0)</translation>
    </message>
    <message>
        <source>services</source>
        <translation>servicios</translation>
    </message>
    <message>
        <source>ports</source>
        <translation>puertos</translation>
    </message>
    <message>
        <source>listening ports</source>
        <translation>puertos a la escucha</translation>
    </message>
    <message>
        <source>readable</source>
        <translation>legible</translation>
    </message>
    <message>
        <source>differs: %1: expected %2, found %3</source>
        <translation>difiere: %1: se esperaba %2, se encontró %3</translation>
    </message>
    <message>
        <source>matches the design</source>
        <translation>coincide con el diseño</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from the design</source>
        <translation>
            <numerusform>%n diferencia con el diseño</numerusform>
            <numerusform>%n diferencias con el diseño</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped the remote script</source>
        <translation>script remoto detenido</translation>
    </message>
    <message>
        <source>cannot start SFTP on %1 (is the sftp subsystem enabled?): %2</source>
        <translation>no se puede iniciar SFTP en %1 (¿está activado el subsistema sftp?): %2</translation>
    </message>
    <message>
        <source>cannot create a folder in /tmp on %1: %2</source>
        <translation>no se puede crear una carpeta en /tmp en %1: %2</translation>
    </message>
    <message>
        <source>the bundle folder %1 does not exist</source>
        <translation>la carpeta del paquete %1 no existe</translation>
    </message>
    <message>
        <source>the bundle file %1 does not exist</source>
        <translation>el archivo del paquete %1 no existe</translation>
    </message>
    <message>
        <source>cannot create %1 on %2: %3</source>
        <translation>no se puede crear %1 en %2: %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1 on %2: %3</source>
        <translation>no se puede escribir %1 en %2: %3</translation>
    </message>
    <message>
        <source>Passphrase for the key %1</source>
        <translation>Frase de contraseña de la clave %1</translation>
    </message>
    <message>
        <source>the key file %1 does not exist</source>
        <translation>el archivo de clave %1 no existe</translation>
    </message>
    <message>
        <source>cannot open the key %1: wrong passphrase or not a private key</source>
        <translation>no se puede abrir la clave %1: frase de contraseña incorrecta o no es una clave privada</translation>
    </message>
    <message>
        <source>cannot open the key %1: not a private key, or it needs a passphrase</source>
        <translation>no se puede abrir la clave %1: no es una clave privada, o necesita una frase de contraseña</translation>
    </message>
    <message>
        <source>%1 refused the key %2 (permission denied): is its public half in the user&apos;s authorized_keys?</source>
        <translation>%1 rechazó la clave %2 (permiso denegado): ¿está su mitad pública en el authorized_keys del usuario?</translation>
    </message>
    <message>
        <source>%1 accepted the key %2 but wants a second factor, which is not supported</source>
        <translation>%1 aceptó la clave %2 pero pide un segundo factor, que no se admite</translation>
    </message>
    <message>
        <source>authentication with the key %1 on %2 failed: %3</source>
        <translation>falló la autenticación con la clave %1 en %2: %3</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Contraseña para %1</translation>
    </message>
    <message>
        <source>no password was given for %1</source>
        <translation>no se ha dado ninguna contraseña para %1</translation>
    </message>
    <message>
        <source>%1 refused the password</source>
        <translation>%1 rechazó la contraseña</translation>
    </message>
    <message>
        <source>password authentication on %1 failed: %2</source>
        <translation>falló la autenticación por contraseña en %1: %2</translation>
    </message>
    <message>
        <source>authentication on %1 failed: %2</source>
        <translation>falló la autenticación en %1: %2</translation>
    </message>
    <message>
        <source>%1 does not accept keys</source>
        <translation>%1 no acepta claves</translation>
    </message>
    <message>
        <source>%1 accepted none of the keys of the ssh agent or of ~/.ssh: give a key file, or load the right key into the agent</source>
        <translation>%1 no aceptó ninguna de las claves del agente ssh ni de ~/.ssh: indique un archivo de clave o cargue la clave correcta en el agente</translation>
    </message>
    <message>
        <source>cannot create an ssh session (out of memory?)</source>
        <translation>no se puede crear una sesión ssh (¿sin memoria?)</translation>
    </message>
    <message>
        <source>server &quot;%1&quot; has no address to connect to</source>
        <translation>el servidor &quot;%1&quot; no tiene dirección a la que conectarse</translation>
    </message>
    <message>
        <source>server &quot;%1&quot; has no ssh user</source>
        <translation>el servidor &quot;%1&quot; no tiene usuario ssh</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar a %1: %2</translation>
    </message>
    <message>
        <source>a remote command</source>
        <translation>un comando remoto</translation>
    </message>
    <message>
        <source>still running after %1 s (stopped after %2 s): %3</source>
        <translation>aún en ejecución tras %1 s (detenido a los %2 s): %3</translation>
    </message>
    <message>
        <source>the script will be given %1 (from the bundle&apos;s deploy.sh)</source>
        <translation>el script recibirá %1 (según el deploy.sh del paquete)</translation>
    </message>
    <message>
        <source>with %1 (from the bundle&apos;s deploy.sh)</source>
        <translation>con %1 (según el deploy.sh del paquete)</translation>
    </message>
    <message>
        <source>%1 timed out (each command may run %2 s, the whole server %3 s); the remote script was stopped; its files stay in %4</source>
        <translation>%1 superó el tiempo límite (cada comando puede durar %2 s; el servidor completo, %3 s); el script remoto se detuvo; sus archivos permanecen en %4</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the stack&apos;s private CA</source>
        <translation>no se puede crear la carpeta %1 para la autoridad de certificación privada de la pila</translation>
    </message>
    <message>
        <source>cannot link %1 to %2</source>
        <translation>no se puede vincular %1 con %2</translation>
    </message>
    <message>
        <source>it did not finish within %1 s</source>
        <translation>no terminó en %1 s</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>código de salida %1</translation>
    </message>
    <message>
        <source>%1 --material %2 could not prepare the private CA material of server &quot;%2&quot; (%3): %4</source>
        <translation>%1 --material %2 no pudo preparar el material de la autoridad de certificación privada del servidor &quot;%2&quot; (%3): %4</translation>
    </message>
    <message>
        <source>is openssl installed?</source>
        <translation>¿Está instalado openssl?</translation>
    </message>
    <message>
        <source>%1 --material %2 printed something other than NAME=VALUE pairs</source>
        <translation>%1 --material %2 mostró algo distinto de pares NAME=VALUE</translation>
    </message>
</context>
<context>
    <name>sw::DeployDialog</name>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Desplegar</translation>
    </message>
    <message>
        <source>Dry run: connect, upload, check the scripts, change nothing</source>
        <translation>Ejecución de prueba: conectar, subir, comprobar los scripts, no cambiar nada</translation>
    </message>
    <message>
        <source>Deploy: run each server&apos;s script</source>
        <translation>Despliegue: ejecutar el script de cada servidor</translation>
    </message>
    <message>
        <source>Check: compare the running servers with the design (read-only)</source>
        <translation>Comprobación: comparar los servidores en marcha con el diseño (solo lectura)</translation>
    </message>
    <message>
        <source>the ssh agent, then ~/.ssh keys</source>
        <translation>el agente ssh, después las claves de ~/.ssh</translation>
    </message>
    <message>
        <source>generated from the design</source>
        <translation>generado a partir del diseño</translation>
    </message>
    <message>
        <source>How many servers of one tier are deployed at the same time</source>
        <translation>Cuántos servidores de una misma capa se despliegan a la vez</translation>
    </message>
    <message>
        <source>Go on with the next servers after a failure</source>
        <translation>Continuar con los servidores siguientes tras un fallo</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>Choose a private key</source>
        <translation>Elegir una clave privada</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Archivo de &amp;clave:</translation>
    </message>
    <message>
        <source>Choose a known-hosts file</source>
        <translation>Elegir un archivo de hosts conocidos</translation>
    </message>
    <message>
        <source>Known hosts</source>
        <translation>Hosts conocidos</translation>
    </message>
    <message>
        <source>Known &amp;hosts:</source>
        <translation>&amp;Hosts conocidos:</translation>
    </message>
    <message>
        <source>Deploy a shell bundle folder exported earlier</source>
        <translation>Desplegar una carpeta de paquete de shell exportada antes</translation>
    </message>
    <message>
        <source>Shell bundle folder</source>
        <translation>Carpeta del paquete de shell</translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation>&amp;Paquete:</translation>
    </message>
    <message>
        <source>&amp;Parallel:</source>
        <translation>En p&amp;aralelo:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Ca&amp;ncel run</source>
        <translation>Ca&amp;ncelar la ejecución</translation>
    </message>
    <message>
        <source>Tick at least one server.</source>
        <translation>Marque al menos un servidor.</translation>
    </message>
    <message>
        <source>checked against the design only: %1</source>
        <translation>comprobado solo con el diseño: %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>No se puede crear una carpeta temporal: %1</translation>
    </message>
    <message>
        <source>not set in Stackwright&apos;s environment (the scripts may ask for them): %1</source>
        <translation>no definidas en el entorno de Stackwright (los scripts pueden pedirlas): %1</translation>
    </message>
    <message>
        <source>Nothing to run.</source>
        <translation>Nada que ejecutar.</translation>
    </message>
    <message numerus="yes">
        <source>Running the %1 on %n server(s)...</source>
        <translation>
            <numerusform>Ejecutando %1 en %n servidor...</numerusform>
            <numerusform>Ejecutando %1 en %n servidores...</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: stopping the remote commands...</source>
        <translation>Cancelando: deteniendo los comandos remotos...</translation>
    </message>
    <message>
        <source>Dry run cancelled: %1</source>
        <translation>Ejecución de prueba cancelada: %1</translation>
    </message>
    <message>
        <source>Dry run finished: %1</source>
        <translation>Ejecución de prueba terminada: %1</translation>
    </message>
    <message>
        <source>Deploy cancelled: %1</source>
        <translation>Despliegue cancelado: %1</translation>
    </message>
    <message>
        <source>Deploy finished: %1</source>
        <translation>Despliegue terminado: %1</translation>
    </message>
    <message>
        <source>Check cancelled: %1</source>
        <translation>Comprobación cancelada: %1</translation>
    </message>
    <message>
        <source>Check finished: %1</source>
        <translation>Comprobación terminada: %1</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>Clave de host desconocida</translation>
    </message>
    <message>
        <source>The server %1 (%2) presents a host key that is not known yet:

%3 %4

Trust it only if it is the server&apos;s real key (on the server: ssh-keygen -lf /etc/ssh/ssh_host_%5_key.pub). Trust and remember it?</source>
        <translation>El servidor %1 (%2) presenta una clave de host que aún no es conocida:

%3 %4

Confíe en ella solo si es la clave real del servidor (en el servidor: ssh-keygen -lf /etc/ssh/ssh_host_%5_key.pub). ¿Confiar en ella y recordarla?</translation>
    </message>
    <message>
        <source>Deploy: %1</source>
        <translation>Despliegue: %1</translation>
    </message>
    <message>
        <source>&amp;Deploy...</source>
        <translation>&amp;Desplegar...</translation>
    </message>
    <message>
        <source>Run the design&apos;s deploy scripts on its servers over ssh, dry-run them, or check the servers</source>
        <translation>Ejecutar los scripts de despliegue del diseño en sus servidores por ssh, hacer una ejecución de prueba o comprobar los servidores</translation>
    </message>
</context>
<context>
    <name>sw::DeployEngine</name>
    <message>
        <source>cancelled before it started</source>
        <translation>cancelado antes de empezar</translation>
    </message>
    <message>
        <source>not started: an earlier server failed</source>
        <translation>no iniciado: falló un servidor anterior</translation>
    </message>
</context>
<context>
    <name>sw::DeployLogView</name>
    <message>
        <source>The summary appears here when the run ends.</source>
        <translation>El resumen aparece aquí cuando termina la ejecución.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>sw::DeployServerTable</name>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Archivo de clave</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Untick to leave this server out of the run</source>
        <translation>Desmarque para dejar este servidor fuera de la ejecución</translation>
    </message>
    <message>
        <source>From the design: %1. Double-click to use another value for this run only.</source>
        <translation>Según el diseño: %1. Haga doble clic para usar otro valor solo en esta ejecución.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>A private key for this server only (empty: the dialog&apos;s key file, or the ssh agent)</source>
        <translation>Una clave privada solo para este servidor (vacío: el archivo de clave del diálogo, o el agente ssh)</translation>
    </message>
    <message>
        <source>not in this run</source>
        <translation>fuera de esta ejecución</translation>
    </message>
</context>
<context>
    <name>sw::DesignFile</name>
    <message>
        <source>cannot open it: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>cannot write it: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>a NUL byte (JSON text cannot hold one raw)</source>
        <translation>un byte NUL (un texto JSON no puede contenerlo sin escapar)</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in %2</source>
        <translation>la clave &quot;%1&quot; aparece dos veces en %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>the top-level object</source>
        <translation>el objeto de nivel superior</translation>
    </message>
    <message>
        <source>the string at %1 is longer than %2 characters</source>
        <translation>la cadena en %1 supera los %2 caracteres</translation>
    </message>
    <message>
        <source>the escape \u%1 in %2 is half of a surrogate pair, without the other half</source>
        <translation>la secuencia de escape \u%1 en %2 es la mitad de un par sustituto, sin la otra mitad</translation>
    </message>
    <message>
        <source>it is a folder, not a design file</source>
        <translation>es una carpeta, no un archivo de diseño</translation>
    </message>
    <message>
        <source>it is a device, not a design file</source>
        <translation>es un dispositivo, no un archivo de diseño</translation>
    </message>
    <message>
        <source>it is a FIFO (a named pipe), not a design file</source>
        <translation>es una FIFO (una tubería con nombre), no un archivo de diseño</translation>
    </message>
    <message>
        <source>it is a socket, not a design file</source>
        <translation>es un socket, no un archivo de diseño</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>it is too big for a design (%1 MiB; at most %2 MiB)</source>
        <translation>es demasiado grande para un diseño (%1 MiB; como máximo %2 MiB)</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>it is too big for a design (more than %1 MiB)</source>
        <translation>es demasiado grande para un diseño (más de %1 MiB)</translation>
    </message>
</context>
<context>
    <name>sw::Diff</name>
    <message>
        <source>by id</source>
        <translation>por identificador</translation>
    </message>
    <message>
        <source>by kind, label and host name</source>
        <translation>por tipo, etiqueta y nombre de host</translation>
    </message>
    <message>
        <source>by kind and host name</source>
        <translation>por tipo y nombre de host</translation>
    </message>
    <message>
        <source>by kind and label</source>
        <translation>por tipo y etiqueta</translation>
    </message>
    <message>
        <source>by kind and neighbours</source>
        <translation>por tipo y vecinos</translation>
    </message>
    <message>
        <source>(unset)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>%1 (%2) added</source>
        <translation>%1 (%2) añadido</translation>
    </message>
    <message>
        <source>%1 (%2) removed</source>
        <translation>%1 (%2) eliminado</translation>
    </message>
    <message>
        <source>%1 is %2 in the old design (matched %3)</source>
        <translation>%1 es %2 en el diseño anterior (coincidencia %3)</translation>
    </message>
    <message>
        <source>%1: label %2 → %3</source>
        <translation>%1: etiqueta %2 → %3</translation>
    </message>
    <message>
        <source>%1: moved from %2 to %3</source>
        <translation>%1: movido desde %2 hacia %3</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>el nivel superior</translation>
    </message>
    <message>
        <source>%1: kind %2 → %3</source>
        <translation>%1: tipo %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2: %3 → %4</source>
        <translation>%1: %2: %3 → %4</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 se unió</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 salió</translation>
    </message>
    <message>
        <source>%1: members: %2</source>
        <translation>%1: miembros: %2</translation>
    </message>
    <message>
        <source>link %1 (%2 → %3, %4) added</source>
        <translation>enlace %1 (%2 → %3, %4) añadido</translation>
    </message>
    <message>
        <source>link %1 (%2 → %3, %4) removed</source>
        <translation>enlace %1 (%2 → %3, %4) eliminado</translation>
    </message>
    <message>
        <source>link %1 is %2 in the old design (matched by its ends)</source>
        <translation>enlace %1 es %2 en el diseño anterior (coincidencia por sus extremos)</translation>
    </message>
    <message>
        <source>link %1: now from %2 (was %3)</source>
        <translation>enlace %1: ahora sale de %2 (antes %3)</translation>
    </message>
    <message>
        <source>link %1: now to %2 (was %3)</source>
        <translation>enlace %1: ahora va a %2 (antes %3)</translation>
    </message>
    <message>
        <source>link %1: protocol %2 → %3</source>
        <translation>enlace %1: protocolo %2 → %3</translation>
    </message>
    <message>
        <source>link %1: port %2 → %3</source>
        <translation>enlace %1: puerto %2 → %3</translation>
    </message>
    <message>
        <source>link %1: label %2 → %3</source>
        <translation>enlace %1: etiqueta %2 → %3</translation>
    </message>
    <message>
        <source>design %1: %2 → %3</source>
        <translation>diseño %1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: moved on the canvas (%2 → %3)</source>
        <translation>%1: movido en el lienzo (%2 → %3)</translation>
    </message>
    <message>
        <source>%1 (%2 nines)</source>
        <translation>%1 (%2 nueves)</translation>
    </message>
</context>
<context>
    <name>sw::DocumentController</name>
    <message>
        <source>Stackwright designs (*.stackwright *.json);;Stackwright file (*.stackwright);;JSON design (*.json);;All files (*)</source>
        <translation>Diseños de Stackwright (*.stackwright *.json);;Archivo de Stackwright (*.stackwright);;Diseño JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Stackwright</source>
        <translation>%1[*] — %2 — Stackwright</translation>
    </message>
    <message>
        <source>New design</source>
        <translation>Nuevo diseño</translation>
    </message>
    <message>
        <source>Cannot read the recovery file %1.</source>
        <translation>No se puede leer el archivo de recuperación %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The design &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>El diseño &quot;%1&quot; tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>Open design</source>
        <translation>Abrir un diseño</translation>
    </message>
    <message>
        <source>Cannot open the design</source>
        <translation>No se puede abrir el diseño</translation>
    </message>
    <message>
        <source>Cannot save the design</source>
        <translation>No se puede guardar el diseño</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>Guardar el diseño</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>¿Recuperar el trabajo sin guardar?</translation>
    </message>
    <message>
        <source>Stackwright was closed without saving changes (autosaved %1). Recover them?</source>
        <translation>Stackwright se cerró sin guardar los cambios (guardado automático %1). ¿Recuperarlos?</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>No se puede recuperar</translation>
    </message>
</context>
<context>
    <name>sw::EditActions</name>
    <message>
        <source>Cut</source>
        <translation>Cortar</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>The clipboard does not hold Stackwright nodes.</source>
        <translation>El portapapeles no contiene nodos de Stackwright.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n node(s)</source>
        <translation>
            <numerusform>%1: %n nodo</numerusform>
            <numerusform>%1: %n nodos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Nada coincide con &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) match &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n nodo coincide con &quot;%1&quot;.</numerusform>
            <numerusform>%n nodos coinciden con &quot;%1&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ExportFormats</name>
    <message>
        <source>PNG image</source>
        <translation>imagen PNG</translation>
    </message>
    <message>
        <source>&amp;PNG Image...</source>
        <translation>Imagen &amp;PNG...</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>imagen SVG</translation>
    </message>
    <message>
        <source>&amp;SVG Image...</source>
        <translation>Imagen &amp;SVG...</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>documento PDF</translation>
    </message>
    <message>
        <source>P&amp;DF Document...</source>
        <translation>Documento P&amp;DF...</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Graphviz DOT</source>
        <translation>Graphviz DOT</translation>
    </message>
    <message>
        <source>&amp;Graphviz DOT...</source>
        <translation>&amp;Graphviz DOT...</translation>
    </message>
    <message>
        <source>Graphviz files (*.dot *.gv)</source>
        <translation>Archivos Graphviz (*.dot *.gv)</translation>
    </message>
    <message>
        <source>report (HTML or PDF)</source>
        <translation>informe (HTML o PDF)</translation>
    </message>
    <message>
        <source>&amp;Report (HTML or PDF)...</source>
        <translation>&amp;Informe (HTML o PDF)...</translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation>Informe HTML (*.html);;Informe PDF (*.pdf)</translation>
    </message>
    <message>
        <source>shell scripts</source>
        <translation>scripts de shell</translation>
    </message>
    <message>
        <source>Shell scripts...</source>
        <translation>Scripts de shell...</translation>
    </message>
    <message>
        <source>Write one idempotent provisioning script per server and a deploy.sh</source>
        <translation>Escribir un script de aprovisionamiento idempotente por servidor y un deploy.sh</translation>
    </message>
    <message>
        <source>Ansible project</source>
        <translation>proyecto Ansible</translation>
    </message>
    <message>
        <source>Ansible project...</source>
        <translation>Proyecto Ansible...</translation>
    </message>
    <message>
        <source>Write an Ansible inventory, site.yml and one role per concern</source>
        <translation>Escribir un inventario Ansible, site.yml y un rol por cada aspecto</translation>
    </message>
</context>
<context>
    <name>sw::ExportOptionsDialog</name>
    <message>
        <source>Export options</source>
        <translation>Opciones de exportación</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparente</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>Fondo:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Only the selected items</source>
        <translation>Solo los elementos seleccionados</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>sw::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Ningún perfil</translation>
    </message>
    <message>
        <source>The spec stage this design is checked against (saved with the design)</source>
        <translation>La etapa de la especificación con la que se comprueba este diseño (se guarda con el diseño)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Corregir</translation>
    </message>
    <message>
        <source>Apply the quick fix (undoable)</source>
        <translation>Aplicar la corrección rápida (se puede deshacer)</translation>
    </message>
    <message>
        <source>Switch off for this design...</source>
        <translation>Desactivar para este diseño...</translation>
    </message>
    <message>
        <source>Stop reporting this rule for this design; the reason is saved with it</source>
        <translation>Dejar de informar de esta regla en este diseño; el motivo se guarda con él</translation>
    </message>
    <message>
        <source>Rules switched off for this design:</source>
        <translation>Reglas desactivadas para este diseño:</translation>
    </message>
    <message>
        <source>Switch back &amp;on</source>
        <translation>&amp;Reactivar</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n información</numerusform>
            <numerusform>%n informaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: the design follows every rule.</source>
        <translation>Ningún hallazgo: el diseño cumple todas las reglas.</translation>
    </message>
    <message numerus="yes">
        <source>(%n hidden by switched-off rules)</source>
        <translation>
            <numerusform>(%n oculto por reglas desactivadas)</numerusform>
            <numerusform>(%n ocultos por reglas desactivadas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n finding(s) hidden)</source>
        <translation>
            <numerusform>%1: %2 (%n hallazgo oculto)</numerusform>
            <numerusform>%1: %2 (%n hallazgos ocultos)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a finding to see why it matters and how to fix it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione un hallazgo para ver por qué importa y cómo corregirlo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Corrección:</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regla %1: %2</translation>
    </message>
    <message>
        <source>Switch off %1</source>
        <translation>Desactivar %1</translation>
    </message>
    <message>
        <source>Why is &quot;%1&quot; not a problem for this design?
The reason is saved with the design.</source>
        <translation>¿Por qué &quot;%1&quot; no es un problema para este diseño?
El motivo se guarda con el diseño.</translation>
    </message>
</context>
<context>
    <name>sw::FlowPanel</name>
    <message>
        <source>Start again</source>
        <translation>Volver a empezar</translation>
    </message>
    <message>
        <source>Step back (Left)</source>
        <translation>Paso atrás (Izquierda)</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Reproducir / pausa (Espacio)</translation>
    </message>
    <message>
        <source>Step forward (Right)</source>
        <translation>Paso adelante (Derecha)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Press play or step forward to follow one request through the stack.</source>
        <translation>Pulse reproducir o paso adelante para seguir una petición a través de la pila.</translation>
    </message>
</context>
<context>
    <name>sw::GraphWalker</name>
    <message>
        <source>%1 kept: walk to another node and press Ctrl+L to link the two, or Shift+Space to let it go.</source>
        <translation>%1 retenido: vaya a otro nodo y pulse Ctrl+L para enlazar los dos, o Mayús+Espacio para soltarlo.</translation>
    </message>
    <message>
        <source>%1 no longer kept.</source>
        <translation>%1 ya no está retenido.</translation>
    </message>
    <message>
        <source>Created: %1.</source>
        <translation>Creado: %1.</translation>
    </message>
</context>
<context>
    <name>sw::GraphvizLayout</name>
    <message>
        <source>Graphviz could not create a graph</source>
        <translation>Graphviz no pudo crear un grafo</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the design</source>
        <translation>Graphviz no pudo organizar el diseño</translation>
    </message>
    <message>
        <source>The layout was cancelled</source>
        <translation>Se ha cancelado la organización</translation>
    </message>
    <message>
        <source>Graphviz could not be started</source>
        <translation>No se pudo iniciar Graphviz</translation>
    </message>
    <message>
        <source>Preparing the graph</source>
        <translation>Preparando el grafo</translation>
    </message>
    <message>
        <source>Running Graphviz</source>
        <translation>Ejecutando Graphviz</translation>
    </message>
    <message>
        <source>Placing the nodes</source>
        <translation>Colocando los nodos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>sw::HelpMenu</name>
    <message>
        <source>Overview</source>
        <translation>Descripción general</translation>
    </message>
    <message>
        <source>&lt;b&gt;Palette&lt;/b&gt;&lt;br&gt;The kinds of node you can place. Drag one onto the canvas, double-click it, or press Ctrl+Shift+A to search and place. Drop a service onto a server to put it inside.</source>
        <translation>&lt;b&gt;Paleta&lt;/b&gt;&lt;br&gt;Los tipos de nodo que se pueden colocar. Arrastre uno al lienzo, haga doble clic en él o pulse Ctrl+Shift+A para buscar y colocar. Suelte un servicio sobre un servidor para colocarlo dentro.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Properties&lt;/b&gt;&lt;br&gt;The selected node&apos;s properties, each with an editor of its type. Addresses, host names and ports are checked as you type; a bad value is named and refused. Every change can be undone.</source>
        <translation>&lt;b&gt;Propiedades&lt;/b&gt;&lt;br&gt;Las propiedades del nodo seleccionado, cada una con un editor según su tipo. Las direcciones, los nombres de host y los puertos se comprueban mientras se escribe; un valor incorrecto se indica y se rechaza. Todo cambio se puede deshacer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings&lt;/b&gt;&lt;br&gt;What the validator finds, by severity, with why it matters and how to fix it. Select a finding to highlight its nodes; &lt;i&gt;Fix&lt;/i&gt; applies the quick fix. A rule can be switched off for this design, with a reason.</source>
        <translation>&lt;b&gt;Hallazgos&lt;/b&gt;&lt;br&gt;Lo que encuentra el validador, por gravedad, con por qué importa y cómo corregirlo. Seleccione un hallazgo para resaltar sus nodos; &lt;i&gt;Corregir&lt;/i&gt; aplica la corrección rápida. Una regla se puede desactivar para este diseño, indicando un motivo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Analysis&lt;/b&gt;&lt;br&gt;Availability per tier and for the design, capacity and the bottleneck, failure what-if (fail nodes and see who is still served), the request-flow animation and activities for teachers.</source>
        <translation>&lt;b&gt;Análisis&lt;/b&gt;&lt;br&gt;La disponibilidad por nivel y del diseño, la capacidad y el cuello de botella, la simulación de fallos (haga fallar nodos y vea quién sigue recibiendo servicio), la animación del flujo de solicitudes y actividades para docentes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Canvas&lt;/b&gt;&lt;br&gt;Your design: servers are boxes that hold their services, zones hold servers, clusters are drawn around their members. Drag from a node&apos;s handle to another node to link them. Ctrl+wheel zooms, Space+drag or the middle button pans.</source>
        <translation>&lt;b&gt;Lienzo&lt;/b&gt;&lt;br&gt;Su diseño: los servidores son cajas que contienen sus servicios, las zonas contienen servidores y los clústeres se dibujan alrededor de sus miembros. Arrastre desde el tirador de un nodo hasta otro nodo para enlazarlos. Ctrl+rueda para hacer zoom; Espacio+arrastrar o el botón central para desplazar la vista.</translation>
    </message>
    <message>
        <source>Stackwright Manual</source>
        <translation>Manual de Stackwright</translation>
    </message>
    <message>
        <source>Manual pages</source>
        <translation>Páginas del manual</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Stackwright</source>
        <translation>&amp;Acerca de Stackwright</translation>
    </message>
</context>
<context>
    <name>sw::JsonFormat</name>
    <message>
        <source>%1: field &quot;%2&quot; is missing</source>
        <translation>%1: falta el campo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: must be a string, not %3</source>
        <translation>%1, campo &quot;%2&quot;: debe ser una cadena, no %3</translation>
    </message>
    <message>
        <source>node #%1</source>
        <translation>nodo n.º %1</translation>
    </message>
    <message>
        <source>%1: must be an object, not %2</source>
        <translation>%1: debe ser un objeto, no %2</translation>
    </message>
    <message>
        <source>%1, field &quot;id&quot;: &quot;%2&quot; must start with a letter and hold at most 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation>%1, campo &quot;id&quot;: &quot;%2&quot; debe empezar por una letra y tener como máximo 64 letras, dígitos, &apos;_&apos;, &apos;.&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; (kind-specific values go in &quot;props&quot;)</source>
        <translation>%1: campo &quot;%2&quot; desconocido (los valores propios del tipo van en &quot;props&quot;)</translation>
    </message>
    <message>
        <source>%1, field &quot;kind&quot;: unknown kind &quot;%2&quot; (one of: %3)</source>
        <translation>%1, campo &quot;kind&quot;: tipo &quot;%2&quot; desconocido (uno de: %3)</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is missing (give both x and y, or neither)</source>
        <translation>%1: falta el campo &quot;%2&quot; (indique x e y, o ninguno)</translation>
    </message>
    <message>
        <source>%1, field &quot;x&quot;: must be a number, not %2</source>
        <translation>%1, campo &quot;x&quot;: debe ser un número, no %2</translation>
    </message>
    <message>
        <source>%1, field &quot;y&quot;: must be a number, not %2</source>
        <translation>%1, campo &quot;y&quot;: debe ser un número, no %2</translation>
    </message>
    <message>
        <source>%1, field &quot;props&quot;: must be an object, not %2</source>
        <translation>%1, campo &quot;props&quot;: debe ser un objeto, no %2</translation>
    </message>
    <message>
        <source>%1, field &quot;props.%2&quot;: must be a string, a number, a boolean or an array of strings, not %3</source>
        <translation>%1, campo &quot;props.%2&quot;: debe ser una cadena, un número, un booleano o un array de cadenas, no %3</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;</source>
        <translation>%1: campo &quot;%2&quot; desconocido</translation>
    </message>
    <message>
        <source>%1, field &quot;protocol&quot;: unknown protocol &quot;%2&quot; (one of: %3)</source>
        <translation>%1, campo &quot;protocol&quot;: protocolo &quot;%2&quot; desconocido (uno de: %3)</translation>
    </message>
    <message>
        <source>%1, field &quot;port&quot;: must be a whole number</source>
        <translation>%1, campo &quot;port&quot;: debe ser un número entero</translation>
    </message>
    <message>
        <source>%1, field &quot;port&quot;: %2 is out of range (1 to 65535)</source>
        <translation>%1, campo &quot;port&quot;: %2 está fuera de rango (1 a 65535)</translation>
    </message>
    <message>
        <source>field &quot;suppressions&quot;: must be an array</source>
        <translation>campo &quot;suppressions&quot;: debe ser un array</translation>
    </message>
    <message>
        <source>suppression #%1</source>
        <translation>supresión n.º %1</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: debe ser un objeto</translation>
    </message>
    <message>
        <source>field &quot;format&quot; is missing (expected &quot;stackwright-design&quot;)</source>
        <translation>falta el campo &quot;format&quot; (se esperaba &quot;stackwright-design&quot;)</translation>
    </message>
    <message>
        <source>field &quot;format&quot;: expected &quot;stackwright-design&quot;, found %1</source>
        <translation>campo &quot;format&quot;: se esperaba &quot;stackwright-design&quot;, se encontró %1</translation>
    </message>
    <message>
        <source>field &quot;version&quot; is missing</source>
        <translation>falta el campo &quot;version&quot;</translation>
    </message>
    <message>
        <source>field &quot;version&quot;: must be a whole number, 1 or more</source>
        <translation>campo &quot;version&quot;: debe ser un número entero, 1 o más</translation>
    </message>
    <message>
        <source>field &quot;version&quot;: this file was made by a newer Stackwright (format version %1; this one reads version %2)</source>
        <translation>campo &quot;version&quot;: este archivo lo creó un Stackwright más reciente (versión de formato %1; este lee la versión %2)</translation>
    </message>
    <message>
        <source>unknown top-level field &quot;%1&quot;</source>
        <translation>campo de primer nivel &quot;%1&quot; desconocido</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>el diseño</translation>
    </message>
    <message>
        <source>field &quot;profile&quot;: unknown profile &quot;%1&quot; (one of: %2)</source>
        <translation>campo &quot;profile&quot;: perfil &quot;%1&quot; desconocido (uno de: %2)</translation>
    </message>
    <message>
        <source>field &quot;nodes&quot; is missing</source>
        <translation>falta el campo &quot;nodes&quot;</translation>
    </message>
    <message>
        <source>field &quot;nodes&quot;: must be an array, not %1</source>
        <translation>campo &quot;nodes&quot;: debe ser un array, no %1</translation>
    </message>
    <message>
        <source>field &quot;links&quot; is missing</source>
        <translation>falta el campo &quot;links&quot;</translation>
    </message>
    <message>
        <source>field &quot;links&quot;: must be an array, not %1</source>
        <translation>campo &quot;links&quot;: debe ser un array, no %1</translation>
    </message>
    <message>
        <source>%1, field &quot;id&quot;: the id is used twice</source>
        <translation>%1, campo &quot;id&quot;: el id se usa dos veces</translation>
    </message>
    <message>
        <source>%1, field &quot;id&quot;: the id is used twice (a node has it too)</source>
        <translation>%1, campo &quot;id&quot;: el id se usa dos veces (también lo tiene un nodo)</translation>
    </message>
    <message>
        <source>%1, field &quot;id&quot;: the id is used twice (by another link)</source>
        <translation>%1, campo &quot;id&quot;: el id se usa dos veces (en otro enlace)</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: no node has the id &quot;%3&quot;</source>
        <translation>%1, campo &quot;%2&quot;: ningún nodo tiene el id &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1, field &quot;to&quot;: a link must join two different nodes</source>
        <translation>%1, campo &quot;to&quot;: un enlace debe unir dos nodos distintos</translation>
    </message>
    <message>
        <source>%1, field &quot;label&quot;: at most 200 characters</source>
        <translation>%1, campo &quot;label&quot;: 200 caracteres como máximo</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (y %n problema más)</numerusform>
            <numerusform>(y %n problemas más)</numerusform>
        </translation>
    </message>
    <message>
        <source>broken JSON at line %1, column %2: %3</source>
        <translation>JSON incorrecto en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>el documento debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>the design is too big (more than %1 MiB)</source>
        <translation>el diseño es demasiado grande (más de %1 MiB)</translation>
    </message>
</context>
<context>
    <name>sw::Kinds</name>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Fraction of time this element works (0.999 = three nines)</source>
        <translation>Fracción del tiempo en que este elemento funciona (0,999 = tres nueves)</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Where users&apos; requests come from</source>
        <translation>De dónde vienen las peticiones de los usuarios</translation>
    </message>
    <message>
        <source>Expected load (req/s)</source>
        <translation>Carga esperada (pet/s)</translation>
    </message>
    <message>
        <source>Requests per second the users send</source>
        <translation>Peticiones por segundo que envían los usuarios</translation>
    </message>
    <message>
        <source>DNS record</source>
        <translation>Registro DNS</translation>
    </message>
    <message>
        <source>A name that points users at the entry of the stack</source>
        <translation>Un nombre que dirige a los usuarios a la entrada de la pila</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>The host name, e.g. www.foobar.com</source>
        <translation>El nombre de host, p. ej. www.foobar.com</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>The DNS record type</source>
        <translation>El tipo de registro DNS</translation>
    </message>
    <message>
        <source>Points at</source>
        <translation>Apunta a</translation>
    </message>
    <message>
        <source>The node the record resolves to</source>
        <translation>El nodo al que resuelve el registro</translation>
    </message>
    <message>
        <source>SSL certificate</source>
        <translation>Certificado SSL</translation>
    </message>
    <message>
        <source>A TLS certificate that lets a service speak HTTPS</source>
        <translation>Un certificado TLS que permite a un servicio hablar HTTPS</translation>
    </message>
    <message>
        <source>The name the certificate is for</source>
        <translation>El nombre para el que se emite el certificado</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Who signs the certificate</source>
        <translation>Quién firma el certificado</translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation>Instalado en</translation>
    </message>
    <message>
        <source>The services that present it</source>
        <translation>Los servicios que lo presentan</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>One machine, virtual machine or container that runs services</source>
        <translation>Una máquina, máquina virtual o contenedor que ejecuta servicios</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nombre de host</translation>
    </message>
    <message>
        <source>The machine&apos;s name (letters, digits and hyphens)</source>
        <translation>El nombre de la máquina (letras, dígitos y guiones)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>The IP address to reach it</source>
        <translation>La dirección IP para llegar a ella</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <source>The system the deploy scripts target</source>
        <translation>El sistema al que se destinan los scripts de despliegue</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>Usuario SSH</translation>
    </message>
    <message>
        <source>Account used to deploy</source>
        <translation>Cuenta usada para desplegar</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>Puerto SSH</translation>
    </message>
    <message>
        <source>Port of the SSH server</source>
        <translation>Puerto del servidor SSH</translation>
    </message>
    <message>
        <source>Capacity (req/s)</source>
        <translation>Capacidad (pet/s)</translation>
    </message>
    <message>
        <source>Requests per second this server can handle</source>
        <translation>Peticiones por segundo que este servidor puede atender</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Balanceador de carga</translation>
    </message>
    <message>
        <source>Spreads requests over the servers behind it</source>
        <translation>Reparte las peticiones entre los servidores que tiene detrás</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>The load balancer program</source>
        <translation>El programa del balanceador de carga</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>How the next backend is chosen</source>
        <translation>Cómo se elige el siguiente servidor</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Whether it decrypts HTTPS or passes it on</source>
        <translation>Si descifra el HTTPS o lo transmite tal cual</translation>
    </message>
    <message>
        <source>Web server</source>
        <translation>Servidor web</translation>
    </message>
    <message>
        <source>Serves static files and forwards dynamic requests</source>
        <translation>Sirve los archivos estáticos y reenvía las peticiones dinámicas</translation>
    </message>
    <message>
        <source>The web server program</source>
        <translation>El programa del servidor web</translation>
    </message>
    <message>
        <source>Whether it serves HTTPS itself</source>
        <translation>Si sirve él mismo el HTTPS</translation>
    </message>
    <message>
        <source>Application server</source>
        <translation>Servidor de aplicaciones</translation>
    </message>
    <message>
        <source>Runs the application code</source>
        <translation>Ejecuta el código de la aplicación</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Entorno de ejecución</translation>
    </message>
    <message>
        <source>Language runtime</source>
        <translation>Entorno de ejecución del lenguaje</translation>
    </message>
    <message>
        <source>WSGI server</source>
        <translation>Servidor WSGI</translation>
    </message>
    <message>
        <source>How the Python code is served</source>
        <translation>Cómo se sirve el código Python</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Port the application listens on</source>
        <translation>Puerto en el que escucha la aplicación</translation>
    </message>
    <message>
        <source>Codebase</source>
        <translation>Código fuente</translation>
    </message>
    <message>
        <source>The application&apos;s source code, checked out on the server</source>
        <translation>El código fuente de la aplicación, descargado en el servidor</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <source>URL of the Git repository</source>
        <translation>URL del repositorio Git</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Rama</translation>
    </message>
    <message>
        <source>Branch to check out</source>
        <translation>Rama que descargar</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Stores the application&apos;s data</source>
        <translation>Almacena los datos de la aplicación</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Database program</source>
        <translation>Programa de base de datos</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>A primary accepts writes; a replica follows a primary</source>
        <translation>Un primario acepta escrituras; una réplica sigue a un primario</translation>
    </message>
    <message>
        <source>Replicates from</source>
        <translation>Replica desde</translation>
    </message>
    <message>
        <source>The primary this replica follows</source>
        <translation>El primario al que sigue esta réplica</translation>
    </message>
    <message>
        <source>Monitoring agent</source>
        <translation>Agente de monitorización</translation>
    </message>
    <message>
        <source>Collects logs and metrics of its server</source>
        <translation>Recoge los registros y las métricas de su servidor</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Monitoring product</source>
        <translation>Producto de monitorización</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Informa a</translation>
    </message>
    <message>
        <source>The monitoring service that receives the data</source>
        <translation>El servicio de monitorización que recibe los datos</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Cortafuegos</translation>
    </message>
    <message>
        <source>Lets through only the traffic it allows</source>
        <translation>Solo deja pasar el tráfico que permite</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitido</translation>
    </message>
    <message>
        <source>Open ports: PORT/PROTO or PORT/PROTO from ID</source>
        <translation>Puertos abiertos: PORT/PROTO o PORT/PROTO from ID</translation>
    </message>
    <message>
        <source>Monitoring service</source>
        <translation>Servicio de monitorización</translation>
    </message>
    <message>
        <source>A monitoring system outside the stack</source>
        <translation>Un sistema de monitorización fuera de la pila</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punto de conexión</translation>
    </message>
    <message>
        <source>Where agents send their data</source>
        <translation>Adónde envían sus datos los agentes</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Load balancers or servers that act as one</source>
        <translation>Balanceadores de carga o servidores que actúan como uno solo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>The load balancers or servers of the cluster</source>
        <translation>Los balanceadores de carga o servidores del clúster</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>One member works and the other waits, or both work</source>
        <translation>Un miembro trabaja y el otro espera, o ambos trabajan</translation>
    </message>
    <message>
        <source>Virtual address</source>
        <translation>Dirección virtual</translation>
    </message>
    <message>
        <source>The address that moves to whichever member is alive</source>
        <translation>La dirección que pasa al miembro que esté vivo</translation>
    </message>
    <message>
        <source>Network zone</source>
        <translation>Zona de red</translation>
    </message>
    <message>
        <source>A network segment drawn as a box</source>
        <translation>Un segmento de red dibujado como un recuadro</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>How far the zone is trusted</source>
        <translation>Cuánto se confía en la zona</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>A text annotation</source>
        <translation>Una anotación de texto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>The note&apos;s text</source>
        <translation>El texto de la nota</translation>
    </message>
    <message>
        <source>Redirect HTTP to HTTPS</source>
        <translation>Redirigir HTTP a HTTPS</translation>
    </message>
    <message>
        <source>Port 80 answers with a redirect to the HTTPS address</source>
        <translation>El puerto 80 responde con una redirección a la dirección HTTPS</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <source>Keeps answers in memory so the application asks the database less often</source>
        <translation>Guarda las respuestas en memoria para que la aplicación consulte menos a menudo la base de datos</translation>
    </message>
    <message>
        <source>Cache program: Redis or Memcached</source>
        <translation>Programa de caché: Redis o Memcached</translation>
    </message>
    <message>
        <source>Port the cache listens on (6379 for Redis, 11211 for Memcached)</source>
        <translation>Puerto en el que escucha la caché (6379 para Redis, 11211 para Memcached)</translation>
    </message>
    <message>
        <source>Memory (MB)</source>
        <translation>Memoria (MB)</translation>
    </message>
    <message>
        <source>Memory the cache may use before it evicts entries</source>
        <translation>Memoria que la caché puede usar antes de desalojar entradas</translation>
    </message>
</context>
<context>
    <name>sw::Lab</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>the lab creates network and mount namespaces and runs the servers&apos; daemons in them, which needs root%1; run it with sudo</source>
        <translation>el laboratorio crea espacios de nombres de red y de montaje y ejecuta en ellos los demonios de los servidores, lo que requiere root%1; ejecútelo con sudo</translation>
    </message>
    <message>
        <source> (unprivileged user namespaces are allowed here, but the packaged daemons do not run in them)</source>
        <translation> (los espacios de nombres de usuario sin privilegios están permitidos aquí, pero los demonios empaquetados no se ejecutan en ellos)</translation>
    </message>
    <message>
        <source> (unprivileged user namespaces are disabled here)</source>
        <translation> (los espacios de nombres de usuario sin privilegios están desactivados aquí)</translation>
    </message>
    <message>
        <source>a lab step failed (exit code %1)</source>
        <translation>un paso del laboratorio falló (código de salida %1)</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: %2</source>
        <translation>nodo &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>no lab is running (%1 has none): start one with: stackwright-cli lab up FILE</source>
        <translation>no hay ningún laboratorio en ejecución (%1 no contiene ninguno): inicie uno con: stackwright-cli lab up FILE</translation>
    </message>
    <message>
        <source>cancelled: run `stackwright-cli lab down` (or close the lab) to remove what was started</source>
        <translation>cancelado: ejecute `stackwright-cli lab down` (o cierre el laboratorio) para eliminar lo que se inició</translation>
    </message>
    <message>
        <source>a lab is already running here (%1): stop it first with: stackwright-cli lab down</source>
        <translation>ya hay un laboratorio en ejecución aquí (%1): deténgalo primero con: stackwright-cli lab down</translation>
    </message>
    <message>
        <source>creating the lab network</source>
        <translation>creando la red del laboratorio</translation>
    </message>
    <message>
        <source>creating the lab CA</source>
        <translation>creando la CA del laboratorio</translation>
    </message>
    <message>
        <source>network and mount namespaces</source>
        <translation>espacios de nombres de red y de montaje</translation>
    </message>
    <message>
        <source>waiting for the stack to answer</source>
        <translation>esperando la respuesta de la pila</translation>
    </message>
    <message>
        <source>the lab is up</source>
        <translation>el laboratorio está en marcha</translation>
    </message>
    <message>
        <source>cancelled: run `stackwright-cli lab down` to remove what was started</source>
        <translation>cancelado: ejecute `stackwright-cli lab down` para eliminar lo que se inició</translation>
    </message>
    <message>
        <source>no server holds the virtual address yet</source>
        <translation>ningún servidor tiene aún la dirección virtual</translation>
    </message>
    <message>
        <source>the servers are provisioned, but the stack does not answer after 30 s: %1</source>
        <translation>los servidores están aprovisionados, pero la pila no responde tras 30 s: %1</translation>
    </message>
    <message>
        <source>provisioned</source>
        <translation>aprovisionado</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: its script %2 failed (log: %3/logs/%1.log):
%4</source>
        <translation>nodo &quot;%1&quot;: su script %2 falló (registro: %3/logs/%1.log):
%4</translation>
    </message>
    <message>
        <source>the servers run as %1 (this machine&apos;s system)</source>
        <translation>los servidores se ejecutan con %1 (el sistema de esta máquina)</translation>
    </message>
    <message>
        <source>no node &quot;%1&quot; in the lab (see stackwright-cli lab status)</source>
        <translation>no hay ningún nodo &quot;%1&quot; en el laboratorio (consulte stackwright-cli lab status)</translation>
    </message>
    <message>
        <source>cannot start nsenter: %1</source>
        <translation>no se puede iniciar nsenter: %1</translation>
    </message>
    <message>
        <source>no server &quot;%1&quot; in the lab (see stackwright-cli lab status)</source>
        <translation>no hay ningún servidor &quot;%1&quot; en el laboratorio (consulte stackwright-cli lab status)</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1: no se puede escribir</translation>
    </message>
    <message>
        <source>the design has no DNS record pointing at the stack: nothing to probe</source>
        <translation>el diseño no tiene ningún registro DNS que apunte a la pila: no hay nada que sondear</translation>
    </message>
    <message>
        <source>the lab runs on Debian 12 or Ubuntu 22.04/24.04; /etc/os-release names another system</source>
        <translation>el laboratorio funciona en Debian 12 o Ubuntu 22.04/24.04; /etc/os-release indica otro sistema</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;, field &quot;address&quot;: the lab puts each server on its address; give it one</source>
        <translation>nodo &quot;%1&quot;, campo &quot;address&quot;: el laboratorio coloca cada servidor en su dirección; asígnele una</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: the bundle&apos;s script %2 has no place for the lab profile</source>
        <translation>nodo &quot;%1&quot;: el script %2 del paquete no tiene lugar para el perfil del laboratorio</translation>
    </message>
    <message>
        <source>%1 cannot be reached offline: the demo application runs in its place</source>
        <translation>%1 no es accesible sin conexión: la aplicación de demostración se ejecuta en su lugar</translation>
    </message>
    <message>
        <source>a network firewall: a namespace on the bridge; its rules are not applied in the lab</source>
        <translation>un cortafuegos de red: un espacio de nombres en el puente; sus reglas no se aplican en el laboratorio</translation>
    </message>
    <message>
        <source>sudo stackwright-cli lab up FILE (or start Stackwright itself with sudo)</source>
        <translation>sudo stackwright-cli lab up FILE (o inicie el propio Stackwright con sudo)</translation>
    </message>
    <message>
        <source>not installed on this machine: %1 (the lab takes every package from this machine)</source>
        <translation>no instalado en esta máquina: %1 (el laboratorio toma todos los paquetes de esta máquina)</translation>
    </message>
    <message>
        <source>%1://%2/ answered %3 %4</source>
        <translation>%1://%2/ respondió %3 %4</translation>
    </message>
</context>
<context>
    <name>sw::LabFeature</name>
    <message>
        <source>Lab</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Run as &amp;Lab</source>
        <translation>Ejecutar como &amp;laboratorio</translation>
    </message>
    <message>
        <source>Stand the design up for real on this machine, one network namespace per server</source>
        <translation>Montar el diseño de verdad en esta máquina, un espacio de nombres de red por servidor</translation>
    </message>
    <message>
        <source>Stop the La&amp;b</source>
        <translation>Detener el la&amp;boratorio</translation>
    </message>
    <message>
        <source>Fail or Heal Selected Server in the Lab</source>
        <translation>Hacer fallar o recuperar el servidor seleccionado en el laboratorio</translation>
    </message>
    <message>
        <source>&amp;Lab Panel</source>
        <translation>Panel del &amp;laboratorio</translation>
    </message>
    <message>
        <source>The lab did not start: %1</source>
        <translation>El laboratorio no se inició: %1</translation>
    </message>
    <message>
        <source>Run as Lab</source>
        <translation>Ejecutar como laboratorio</translation>
    </message>
    <message>
        <source>A lab is already running on this machine (started from the command line, or left by a crash). Stop it and start this design instead?</source>
        <translation>Ya hay un laboratorio en ejecución en esta máquina (iniciado desde la línea de comandos o dejado por un fallo). ¿Desea detenerlo e iniciar este diseño en su lugar?</translation>
    </message>
    <message>
        <source>Starting the lab of %1…</source>
        <translation>Iniciando el laboratorio de %1…</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>el diseño</translation>
    </message>
    <message>
        <source>Stopping the lab…</source>
        <translation>Deteniendo el laboratorio…</translation>
    </message>
    <message>
        <source>The lab did not come up: %1</source>
        <translation>El laboratorio no llegó a levantarse: %1</translation>
    </message>
    <message>
        <source>The lab is up (%1 s). Right-click a server (or select it and press F8) to fail or heal it.</source>
        <translation>El laboratorio está en marcha (%1 s). Haga clic derecho en un servidor (o selecciónelo y pulse F8) para hacerlo fallar o recuperarlo.</translation>
    </message>
    <message>
        <source>The lab is stopped; nothing of it is left on this machine.</source>
        <translation>El laboratorio está detenido; no queda nada de él en esta máquina.</translation>
    </message>
    <message>
        <source>%1 failed in the lab: its daemons are stopped.</source>
        <translation>%1 ha fallado en el laboratorio: sus demonios están detenidos.</translation>
    </message>
    <message>
        <source>%1 healed: its daemons run again.</source>
        <translation>%1 recuperado: sus demonios vuelven a ejecutarse.</translation>
    </message>
    <message>
        <source>Heal &quot;%1&quot; in the Lab</source>
        <translation>Recuperar &quot;%1&quot; en el laboratorio</translation>
    </message>
    <message>
        <source>Fail &quot;%1&quot; in the Lab</source>
        <translation>Hacer fallar &quot;%1&quot; en el laboratorio</translation>
    </message>
    <message>
        <source>Only a server of the running lab can be failed or healed.</source>
        <translation>Solo se puede hacer fallar o recuperar un servidor del laboratorio en ejecución.</translation>
    </message>
</context>
<context>
    <name>sw::LabLayer</name>
    <message>
        <source>lab: %1</source>
        <translation>laboratorio: %1</translation>
    </message>
    <message>
        <source>holds VIP %1</source>
        <translation>tiene la dirección virtual %1</translation>
    </message>
</context>
<context>
    <name>sw::LabPaths</name>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 desde %2</translation>
    </message>
    <message>
        <source>no answer from %1: %2</source>
        <translation>sin respuesta de %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation>HTTP %1 de %2: %3</translation>
    </message>
    <message>
        <source>no answer after %1: %2</source>
        <translation>sin respuesta tras %1: %2</translation>
    </message>
</context>
<context>
    <name>sw::LabProgressView</name>
    <message>
        <source>Run as Lab</source>
        <translation>Ejecutar como laboratorio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop Lab</source>
        <translation>Detener el laboratorio</translation>
    </message>
    <message>
        <source>Server / step</source>
        <translation>Servidor / paso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Lab progress</source>
        <translation>Progreso del laboratorio</translation>
    </message>
    <message>
        <source>holds the virtual address</source>
        <translation>tiene la dirección virtual</translation>
    </message>
    <message>
        <source>&lt;b&gt;The lab cannot run here:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;El laboratorio no puede ejecutarse aquí:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Run:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;Ejecute:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>The lab</source>
        <translation>El laboratorio</translation>
    </message>
    <message>
        <source>lab network (bridge, no route out)</source>
        <translation>red del laboratorio (puente, sin ruta hacia el exterior)</translation>
    </message>
    <message>
        <source>network and mount namespaces</source>
        <translation>espacios de nombres de red y de montaje</translation>
    </message>
    <message>
        <source>lab certificate authority</source>
        <translation>autoridad de certificados del laboratorio</translation>
    </message>
    <message>
        <source>files, packages and daemons (%1)</source>
        <translation>archivos, paquetes y demonios (%1)</translation>
    </message>
    <message>
        <source>the stack answers through the virtual address</source>
        <translation>la pila responde a través de la dirección virtual</translation>
    </message>
    <message>
        <source>the lab is up</source>
        <translation>el laboratorio está en marcha</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en curso…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <source>holds VIP %1</source>
        <translation>tiene la dirección virtual %1</translation>
    </message>
    <message>
        <source>daemon %1</source>
        <translation>demonio %1</translation>
    </message>
    <message>
        <source>not in the lab</source>
        <translation>fuera del laboratorio</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>detenido</translation>
    </message>
</context>
<context>
    <name>sw::LabRequestsPanel</name>
    <message>
        <source>Real requests (lab)</source>
        <translation>Peticiones reales (laboratorio)</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> peticiones</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>Número de peticiones</translation>
    </message>
    <message>
        <source>Send Requests</source>
        <translation>Enviar peticiones</translation>
    </message>
    <message>
        <source>From the users&apos; namespace to https://DOMAIN/ through the design&apos;s DNS and virtual address</source>
        <translation>Desde el espacio de nombres de los usuarios hacia https://DOMAIN/ a través del DNS y la dirección virtual del diseño</translation>
    </message>
    <message>
        <source>Start the lab (Tools &gt; Run as Lab) to send real requests.</source>
        <translation>Inicie el laboratorio (Herramientas &gt; Ejecutar como laboratorio) para enviar peticiones reales.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Petición</translation>
    </message>
    <message>
        <source>Path taken</source>
        <translation>Ruta seguida</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent &lt;b&gt;%1&lt;/b&gt; · served &lt;b style=&apos;color:#1e7e4a&apos;&gt;%2&lt;/b&gt; · failed &lt;b style=&apos;color:#c62828&apos;&gt;%3&lt;/b&gt; · median &lt;b&gt;%4 ms&lt;/b&gt;</source>
        <translation>Enviadas &lt;b&gt;%1&lt;/b&gt; · servidas &lt;b style=&apos;color:#1e7e4a&apos;&gt;%2&lt;/b&gt; · fallidas &lt;b style=&apos;color:#c62828&apos;&gt;%3&lt;/b&gt; · mediana &lt;b&gt;%4 ms&lt;/b&gt;</translation>
    </message>
    <message>
        <source>failed at %1</source>
        <translation>falló en %1</translation>
    </message>
    <message>
        <source>the entry</source>
        <translation>la entrada</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n petición</numerusform>
            <numerusform>%n peticiones</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>n.º %1 %2</translation>
    </message>
    <message>
        <source>served</source>
        <translation>servida</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>sw::LabSession</name>
    <message>
        <source>a lab is already running from this window: stop it first</source>
        <translation>ya hay un laboratorio en ejecución desde esta ventana: deténgalo primero</translation>
    </message>
    <message>
        <source>a lab is already running on this machine (%1): started from the command line or left by a crash</source>
        <translation>ya hay un laboratorio en ejecución en esta máquina (%1): iniciado desde la línea de comandos o dejado por un fallo</translation>
    </message>
</context>
<context>
    <name>sw::LabStates</name>
    <message>
        <source>not in the lab</source>
        <translation>fuera del laboratorio</translation>
    </message>
    <message>
        <source>up</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>down</source>
        <translation>caído</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
</context>
<context>
    <name>sw::LabVerifyDialog</name>
    <message>
        <source>Check Predictions in the Lab</source>
        <translation>Comprobar las predicciones en el laboratorio</translation>
    </message>
    <message>
        <source>The design runs as a lab on this machine. Each server is failed in turn, requests are sent from the users&apos; side (reads, and writes that must reach the primary database), then it is healed. The table compares what happened with what the validator and the what-if analysis predict.</source>
        <translation>El diseño se ejecuta como laboratorio en esta máquina. Cada servidor se hace fallar por turnos, se envían peticiones desde el lado de los usuarios (lecturas, y escrituras que deben llegar a la base de datos primaria) y después se restablece. La tabla compara lo que ocurrió con lo que predicen el validador y el análisis de hipótesis.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Caído</translation>
    </message>
    <message>
        <source>SPOF (validator)</source>
        <translation>SPOF (validador)</translation>
    </message>
    <message>
        <source>Reads (what-if)</source>
        <translation>Lecturas (simulación)</translation>
    </message>
    <message>
        <source>Writes (what-if)</source>
        <translation>Escrituras (simulación)</translation>
    </message>
    <message>
        <source>Reads (lab)</source>
        <translation>Lecturas (laboratorio)</translation>
    </message>
    <message>
        <source>Writes (lab)</source>
        <translation>Escrituras (laboratorio)</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Coincide</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Cancelar la ejecución</translation>
    </message>
    <message>
        <source>The lab cannot run here: %1.
Run it from a terminal instead: sudo stackwright-cli lab verify FILE</source>
        <translation>El laboratorio no puede ejecutarse aquí: %1.
Ejecútelo desde una terminal: sudo stackwright-cli lab verify FILE</translation>
    </message>
    <message>
        <source>Ready. A run brings the lab up (unless this design&apos;s lab runs already), which takes a minute or more.</source>
        <translation>Listo. Una ejecución levanta el laboratorio (salvo que el laboratorio de este diseño ya esté en marcha), lo que tarda un minuto o más.</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Iniciando...</translation>
    </message>
    <message>
        <source>Cancelling: the current step ends, then the lab is brought down...</source>
        <translation>Cancelando: el paso actual termina y luego se detiene el laboratorio...</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Detenido: %1</translation>
    </message>
    <message>
        <source>Every prediction agrees with the lab (%1 s).</source>
        <translation>Todas las predicciones coinciden con el laboratorio (%1 s).</translation>
    </message>
    <message>
        <source>Some predictions disagree with the lab: each is a defect of the validator, the analysis or the bundles (%1 s).</source>
        <translation>Algunas predicciones no coinciden con el laboratorio: cada una es un defecto del validador, del análisis o de los paquetes (%1 s).</translation>
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
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>Note on %1: %2</source>
        <translation>Nota sobre %1: %2</translation>
    </message>
    <message>
        <source>Disagrees on %1: %2</source>
        <translation>Discrepancia en %1: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Check Predictions in the &amp;Lab...</source>
        <translation>Comprobar las predicciones en el &amp;laboratorio...</translation>
    </message>
    <message>
        <source>Fail every server of the design in a lab on this machine, one at a time, and compare what happens with what the validator and the what-if analysis predict</source>
        <translation>Hacer fallar cada servidor del diseño en un laboratorio en esta máquina, uno por uno, y comparar lo que ocurre con lo que predicen el validador y la simulación de fallos</translation>
    </message>
</context>
<context>
    <name>sw::LanguageSwitcher</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The language of the menus, panels, messages and reports</source>
        <translation>El idioma de los menús, los paneles, los mensajes y los informes</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>sw::MainWindow</name>
    <message>
        <source>Zoom level</source>
        <translation>Nivel de zoom</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Add Node…</source>
        <translation>&amp;Añadir nodo…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Snap to &amp;Grid</source>
        <translation>Ajustar a la &amp;cuadrícula</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;High-Contrast Look</source>
        <translation>Alto &amp;contraste</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Focus &amp;Canvas</source>
        <translation>Enfocar el &amp;lienzo</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Paleta</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nuevo desde &amp;plantilla</translation>
    </message>
    <message>
        <source>Cannot open the template</source>
        <translation>No se puede abrir la plantilla</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Find nodes (Ctrl+F)</source>
        <translation>Buscar nodos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find nodes</source>
        <translation>Buscar nodos</translation>
    </message>
    <message>
        <source>Cannot open the design</source>
        <translation>No se puede abrir el diseño</translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>&amp;Minimapa</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Link Selected…</source>
        <translation>&amp;Conectar la selección…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Make C&amp;luster</source>
        <translation>Formar un c&amp;lúster</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
</context>
<context>
    <name>sw::Minimap</name>
    <message>
        <source>Minimap</source>
        <translation>Minimapa</translation>
    </message>
    <message>
        <source>The whole design: click or drag to move the view</source>
        <translation>Todo el diseño: haga clic o arrastre para mover la vista</translation>
    </message>
</context>
<context>
    <name>sw::NativeDocument</name>
    <message>
        <source>cannot write it: simulated failure during the save</source>
        <translation>no se puede escribir: fallo simulado durante el guardado</translation>
    </message>
</context>
<context>
    <name>sw::NodePainter</name>
    <message>
        <source>port 443</source>
        <translation>puerto 443</translation>
    </message>
    <message>
        <source>port 80</source>
        <translation>puerto 80</translation>
    </message>
    <message>
        <source>TLS %1</source>
        <translation>TLS %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>puerto %1</translation>
    </message>
    <message>
        <source>nothing allowed</source>
        <translation>nada permitido</translation>
    </message>
</context>
<context>
    <name>sw::PaletteWidget</name>
    <message>
        <source>Search kinds… (Enter adds)</source>
        <translation>Buscar tipos… (Intro añade)</translation>
    </message>
    <message>
        <source>Search the palette</source>
        <translation>Buscar en la paleta</translation>
    </message>
    <message>
        <source>Node kinds</source>
        <translation>Tipos de nodo</translation>
    </message>
    <message>
        <source>Drag a kind onto the canvas, or press Enter to add it at the centre</source>
        <translation>Arrastre un tipo al lienzo, o pulse Intro para añadirlo en el centro</translation>
    </message>
</context>
<context>
    <name>sw::PdfExporter</name>
    <message>
        <source>the PDF could not be started</source>
        <translation>no se pudo iniciar el PDF</translation>
    </message>
</context>
<context>
    <name>sw::PictureExportActions</name>
    <message>
        <source>Copy as &amp;Image</source>
        <translation>Copiar como &amp;imagen</translation>
    </message>
    <message>
        <source>Copy the selection (or the whole design) to the clipboard as a picture</source>
        <translation>Copiar la selección (o todo el diseño) al portapapeles como imagen</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>Im&amp;primir...</translation>
    </message>
    <message>
        <source>There is no design to export.</source>
        <translation>No hay ningún diseño que exportar.</translation>
    </message>
    <message>
        <source>design</source>
        <translation>diseno</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <source>Print Design</source>
        <translation>Imprimir el diseño</translation>
    </message>
    <message>
        <source>Print failed</source>
        <translation>Error al imprimir</translation>
    </message>
    <message>
        <source>There is no export format &quot;%1&quot;.</source>
        <translation>No hay ningún formato de exportación &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>sw::PictureExporter</name>
    <message>
        <source>no output path given</source>
        <translation>no se ha indicado ninguna ruta de salida</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>no se puede escribir %1: es una carpeta</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>no se puede escribir %1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the selection names unknown ids: %1</source>
        <translation>la selección nombra ids desconocidos: %1</translation>
    </message>
</context>
<context>
    <name>sw::Placement</name>
    <message>
        <source>Load balancer server</source>
        <translation>Servidor balanceador de carga</translation>
    </message>
    <message>
        <source>Web server</source>
        <translation>Servidor web</translation>
    </message>
    <message>
        <source>Application server</source>
        <translation>Servidor de aplicaciones</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>Servidor de base de datos</translation>
    </message>
    <message>
        <source>Cache server</source>
        <translation>Servidor de caché</translation>
    </message>
</context>
<context>
    <name>sw::PngExporter</name>
    <message>
        <source>the picture is too large to create</source>
        <translation>la imagen es demasiado grande para crearla</translation>
    </message>
    <message>
        <source>the picture&apos;s rows do not match its size</source>
        <translation>las filas de la imagen no coinciden con su tamaño</translation>
    </message>
    <message>
        <source>the PNG could not be written</source>
        <translation>no se pudo escribir el PNG</translation>
    </message>
</context>
<context>
    <name>sw::PresentationMode</name>
    <message>
        <source>%1 / %2   %3</source>
        <translation>%1 / %2   %3</translation>
    </message>
    <message>
        <source>Right arrow: next step   Left arrow: back   Space: play   Esc: leave</source>
        <translation>Flecha derecha: paso siguiente   Flecha izquierda: atrás   Espacio: reproducir   Esc: salir</translation>
    </message>
</context>
<context>
    <name>sw::PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n items selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n elemento seleccionado&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n elementos seleccionados&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1 (%2 kept)</source>
        <translation>Rechazado: %1 (se mantiene %2)</translation>
    </message>
    <message>
        <source>the old value</source>
        <translation>el valor anterior</translation>
    </message>
    <message>
        <source>&lt;b&gt;Design&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diseño&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Design name</source>
        <translation>Nombre del diseño</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Spec profile</source>
        <translation>Perfil de la especificación</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Etiqueta</translation>
    </message>
    <message>
        <source>e.g. 443/tcp, 3306/tcp from app-1</source>
        <translation>p. ej. 443/tcp, 3306/tcp from app-1</translation>
    </message>
    <message>
        <source>ids, separated by commas</source>
        <translation>ids, separados por comas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Link&lt;/b&gt; &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;%1 → %2&lt;/span&gt;</source>
        <translation>&lt;b&gt;Enlace&lt;/b&gt; &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;%1 → %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>&amp;Protocolo</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;uerto</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>predeterminado (%1)</translation>
    </message>
    <message>
        <source>Link label</source>
        <translation>Etiqueta del enlace</translation>
    </message>
    <message>
        <source>an IPv4 address, four numbers from 0 to 255 separated by dots (e.g. 10.0.0.12), or an IPv6 address</source>
        <translation>una dirección IPv4, cuatro números de 0 a 255 separados por puntos (p. ej. 10.0.0.12), o una dirección IPv6</translation>
    </message>
    <message>
        <source>letters, digits and hyphens, not at either end, at most 63 (e.g. web-01)</source>
        <translation>letras, dígitos y guiones, no en los extremos, 63 como máximo (p. ej. web-01)</translation>
    </message>
    <message>
        <source>a domain name such as www.foobar.com</source>
        <translation>un nombre de dominio como www.foobar.com</translation>
    </message>
    <message>
        <source>a full URL such as https://git.example.com/team/app.git</source>
        <translation>una URL completa como https://git.example.com/team/app.git</translation>
    </message>
    <message>
        <source>port/protocol, optionally &quot;from&quot; a node id, separated by commas (e.g. 443/tcp, 3306/tcp from app-1)</source>
        <translation>puerto/protocolo, opcionalmente &quot;from&quot; un id de nodo, separados por comas (p. ej. 443/tcp, 3306/tcp from app-1)</translation>
    </message>
    <message>
        <source>ids of existing nodes, separated by commas</source>
        <translation>ids de nodos existentes, separados por comas</translation>
    </message>
    <message>
        <source>%1. Allowed: %2</source>
        <translation>%1. Permitido: %2</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (falta)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
    <message>
        <source>a design name %1</source>
        <translation>un nombre de diseño %1</translation>
    </message>
    <message>
        <source>a label has %1</source>
        <translation>una etiqueta tiene %1</translation>
    </message>
</context>
<context>
    <name>sw::Report</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n hallazgo</numerusform>
            <numerusform>%n hallazgos</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>info</source>
        <translation>información</translation>
    </message>
    <message>
        <source>%1 record for %2, pointing at %3</source>
        <translation>registro %1 para %2, que apunta a %3</translation>
    </message>
    <message>
        <source>for %1, issued by %2, installed on %3</source>
        <translation>para %1, emitido por %2, instalado en %3</translation>
    </message>
    <message>
        <source>%1 of %2, virtual address %3</source>
        <translation>%1 de %2, dirección virtual %3</translation>
    </message>
    <message>
        <source>%1, collecting at %2</source>
        <translation>%1, recoge hacia %2</translation>
    </message>
    <message>
        <source>network firewall allowing %1</source>
        <translation>cortafuegos de red que permite %1</translation>
    </message>
    <message>
        <source>%1 network zone</source>
        <translation>zona de red %1</translation>
    </message>
    <message>
        <source>Findings of the validator</source>
        <translation>Hallazgos del validador</translation>
    </message>
    <message>
        <source>Checked against the profile %1: %2 error(s), %3 warning(s), %4 note(s).</source>
        <translation>Comprobado con el perfil %1: %2 error(es), %3 advertencia(s), %4 nota(s).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>No findings: the design passes every rule.</source>
        <translation>Ningún hallazgo: el diseño cumple todas las reglas.</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Por qué importa:</translation>
    </message>
    <message>
        <source>How to fix it:</source>
        <translation>Cómo corregirlo:</translation>
    </message>
    <message>
        <source>Design report</source>
        <translation>Informe del diseño</translation>
    </message>
    <message>
        <source>This report describes the design %1%2: %3 server(s) running %4 service(s), joined by %5 link(s)%6.</source>
        <translation>Este informe describe el diseño %1%2: %3 servidor(es) que ejecutan %4 servicio(s), unidos por %5 enlace(s)%6.</translation>
    </message>
    <message>
        <source> (profile %1)</source>
        <translation> (perfil %1)</translation>
    </message>
    <message>
        <source>, serving %1</source>
        <translation>, que sirve %1</translation>
    </message>
    <message>
        <source>Only the selected part of the design is shown.</source>
        <translation>Solo se muestra la parte seleccionada del diseño.</translation>
    </message>
    <message>
        <source>How a request travels</source>
        <translation>Cómo viaja una petición</translation>
    </message>
    <message>
        <source>What happens when a user types %1</source>
        <translation>Qué ocurre cuando un usuario escribe %1</translation>
    </message>
    <message>
        <source>The servers, what runs on them and why</source>
        <translation>Los servidores, qué se ejecuta en ellos y por qué</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Ejecuta:</translation>
    </message>
    <message>
        <source>Why it is there:</source>
        <translation>Por qué está ahí:</translation>
    </message>
    <message>
        <source>Other elements</source>
        <translation>Otros elementos</translation>
    </message>
    <message>
        <source>Why the design looks like this</source>
        <translation>Por qué el diseño es así</translation>
    </message>
    <message>
        <source>The diagram</source>
        <translation>El diagrama</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>no se pudo iniciar el PDF</translation>
    </message>
    <message>
        <source> over %1 (port %2)</source>
        <translation> por %1 (puerto %2)</translation>
    </message>
    <message>
        <source> on %1 (%2)</source>
        <translation> en %1 (%2)</translation>
    </message>
    <message>
        <source>The request reaches the cluster %1 at its virtual address %2%3. Whichever member is alive takes it: %4.</source>
        <translation>La petición llega al clúster %1 en su dirección virtual %2%3. La atiende el miembro que esté vivo: %4.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>The load balancer %1 (%2, %3) receives it%4</source>
        <translation>El balanceador de carga %1 (%2, %3) la recibe%4</translation>
    </message>
    <message>
        <source>, decrypts the HTTPS traffic with the site&apos;s certificate</source>
        <translation>, descifra el tráfico HTTPS con el certificado del sitio</translation>
    </message>
    <message>
        <source> and picks a web server to forward it to.</source>
        <translation> y elige un servidor web al que reenviarla.</translation>
    </message>
    <message>
        <source>The web server %1 (%2) receives it%3; it answers static files itself and passes dynamic requests on.</source>
        <translation>El servidor web %1 (%2) la recibe%3; responde él mismo a los archivos estáticos y reenvía las peticiones dinámicas.</translation>
    </message>
    <message>
        <source>The application server %1 (%2 with %3) runs the code for the request%4.</source>
        <translation>El servidor de aplicaciones %1 (%2 con %3) ejecuta el código para la petición%4.</translation>
    </message>
    <message>
        <source>The database %1 (%2, %3) reads or writes the data%4 and sends the answer back.</source>
        <translation>La base de datos %1 (%2, %3) lee o escribe los datos%4 y devuelve la respuesta.</translation>
    </message>
    <message>
        <source>The network firewall %1 lets it through%2 (it only allows %3).</source>
        <translation>El cortafuegos de red %1 la deja pasar%2 (solo permite %3).</translation>
    </message>
    <message>
        <source>It passes %1 (%2)%3.</source>
        <translation>Pasa por %1 (%2)%3.</translation>
    </message>
    <message>
        <source>There is no request path from the internet to a database in this design: no chain of links leads from an internet node through the services to a database.</source>
        <translation>No hay ninguna ruta de peticiones desde internet hasta una base de datos en este diseño: ninguna cadena de enlaces lleva de un nodo de internet a una base de datos a través de los servicios.</translation>
    </message>
    <message>
        <source>A user types %1 in the browser.</source>
        <translation>Un usuario escribe %1 en el navegador.</translation>
    </message>
    <message>
        <source>The browser asks DNS for %1; the %2 record answers with the address of %3%4.</source>
        <translation>El navegador pregunta al DNS por %1; el registro %2 responde con la dirección de %3%4.</translation>
    </message>
    <message>
        <source>The browser asks DNS for %1 and gets the address of the site&apos;s entry.</source>
        <translation>El navegador pregunta al DNS por %1 y obtiene la dirección de la entrada del sitio.</translation>
    </message>
    <message>
        <source>A user opens the site in the browser (the design has no DNS record, so it has no domain yet).</source>
        <translation>Un usuario abre el sitio en el navegador (el diseño no tiene registro DNS, así que aún no tiene dominio).</translation>
    </message>
    <message>
        <source>The request leaves the user&apos;s network (%1)%2.</source>
        <translation>La petición sale de la red del usuario (%1)%2.</translation>
    </message>
    <message>
        <source>The answer travels back the same way to the user&apos;s browser.</source>
        <translation>La respuesta vuelve por el mismo camino hasta el navegador del usuario.</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>puerto %1</translation>
    </message>
    <message>
        <source>allows %1</source>
        <translation>permite %1</translation>
    </message>
    <message>
        <source>Nothing runs on it yet.</source>
        <translation>Aún no se ejecuta nada en él.</translation>
    </message>
    <message>
        <source>It spreads the incoming requests over the web servers, so no single web server carries all the traffic and one can fail without taking the site down.</source>
        <translation>Reparte las peticiones entrantes entre los servidores web, así ningún servidor web soporta todo el tráfico y uno puede fallar sin tirar el sitio.</translation>
    </message>
    <message>
        <source>It is one member of a load balancer cluster: if this machine fails, the other member takes over the virtual address and the site stays up.</source>
        <translation>Es un miembro de un clúster de balanceadores de carga: si esta máquina falla, el otro miembro asume la dirección virtual y el sitio sigue en línea.</translation>
    </message>
    <message>
        <source>It holds several tiers together (web, application, database): simple and cheap to start with, but they compete for CPU and memory, cannot be scaled apart, and one failure stops them all.</source>
        <translation>Agrupa varias capas (web, aplicación, base de datos): sencillo y barato para empezar, pero compiten por la CPU y la memoria, no se pueden escalar por separado y un solo fallo las detiene todas.</translation>
    </message>
    <message>
        <source>It answers HTTP with the web server on a machine of its own: static content is served fast and the web tier can be scaled (more web servers) without touching the others.</source>
        <translation>Responde HTTP con el servidor web en una máquina propia: el contenido estático se sirve rápido y la capa web se puede escalar (más servidores web) sin tocar las demás.</translation>
    </message>
    <message>
        <source>It runs the application code on a machine of its own, sized for the code&apos;s CPU and memory needs, and can be updated or scaled without touching the web or database servers.</source>
        <translation>Ejecuta el código de la aplicación en una máquina propia, dimensionada para las necesidades de CPU y memoria del código, y se puede actualizar o escalar sin tocar los servidores web ni la base de datos.</translation>
    </message>
    <message>
        <source>It keeps the data on a machine of its own: its disks and memory serve the database only, and it is not reachable from the internet, only from the application servers.</source>
        <translation>Guarda los datos en una máquina propia: sus discos y su memoria sirven solo a la base de datos, y no es accesible desde internet, solo desde los servidores de aplicaciones.</translation>
    </message>
    <message>
        <source>Its database is a replica: it copies the primary&apos;s writes, can answer reads and can take over if the primary is lost.</source>
        <translation>Su base de datos es una réplica: copia las escrituras del primario, puede responder lecturas y puede tomar el relevo si se pierde el primario.</translation>
    </message>
    <message>
        <source>Its database is the primary: it is the one that accepts writes.</source>
        <translation>Su base de datos es el primario: es la que acepta las escrituras.</translation>
    </message>
    <message>
        <source>Its host firewall only opens the ports the design needs; everything else is refused.</source>
        <translation>Su cortafuegos de host solo abre los puertos que necesita el diseño; todo lo demás se rechaza.</translation>
    </message>
    <message>
        <source>Its monitoring agent reports its health, load and logs, so problems are seen before users notice.</source>
        <translation>Su agente de monitorización informa de su estado, su carga y sus registros, para ver los problemas antes de que los usuarios los noten.</translation>
    </message>
    <message>
        <source>Why the web server, the application and the database have servers of their own</source>
        <translation>Por qué el servidor web, la aplicación y la base de datos tienen cada uno su servidor</translation>
    </message>
    <message>
        <source>&lt;b&gt;Isolation and resource allocation:&lt;/b&gt; each tier gets the CPU, memory and disk it needs without competing with the others. &lt;b&gt;Scalability:&lt;/b&gt; each tier can grow on its own, for example more web servers for more traffic. &lt;b&gt;Maintenance:&lt;/b&gt; one tier can be updated without stopping the others. &lt;b&gt;Security:&lt;/b&gt; the database is not on a machine the internet talks to, so breaking into the web server does not hand over the data. &lt;b&gt;Fault isolation:&lt;/b&gt; when one component fails, the damage stays with it.</source>
        <translation>&lt;b&gt;Aislamiento y asignación de recursos:&lt;/b&gt; cada capa obtiene la CPU, la memoria y el disco que necesita sin competir con las demás. &lt;b&gt;Escalabilidad:&lt;/b&gt; cada capa puede crecer por su cuenta, por ejemplo más servidores web para más tráfico. &lt;b&gt;Mantenimiento:&lt;/b&gt; una capa se puede actualizar sin detener las demás. &lt;b&gt;Seguridad:&lt;/b&gt; la base de datos no está en una máquina con la que habla internet, así que entrar en el servidor web no entrega los datos. &lt;b&gt;Aislamiento de fallos:&lt;/b&gt; cuando un componente falla, el daño se queda en él.</translation>
    </message>
    <message>
        <source>Why two load balancers</source>
        <translation>Por qué dos balanceadores de carga</translation>
    </message>
    <message>
        <source>A single load balancer would be a single point of failure: every request passes it. Two load balancers in a cluster share a virtual address; when one fails the other takes the traffic, and with more servers behind them the work of distributing requests is shared too.</source>
        <translation>Un solo balanceador de carga sería un punto único de fallo: todas las peticiones pasan por él. Dos balanceadores de carga en un clúster comparten una dirección virtual; cuando uno falla el otro asume el tráfico, y con más servidores detrás también se reparte el trabajo de distribuir las peticiones.</translation>
    </message>
    <message>
        <source>Why a load balancer</source>
        <translation>Por qué un balanceador de carga</translation>
    </message>
    <message>
        <source>It lets several servers answer the same site: it distributes requests among them and stops sending requests to a server that does not answer.</source>
        <translation>Permite que varios servidores respondan al mismo sitio: reparte las peticiones entre ellos y deja de enviar peticiones a un servidor que no responde.</translation>
    </message>
    <message>
        <source>Why more servers</source>
        <translation>Por qué más servidores</translation>
    </message>
    <message>
        <source>More servers lessen the traffic each one has to carry, and leave others to keep the site running when one of them fails.</source>
        <translation>Más servidores reducen el tráfico que cada uno tiene que soportar, y dejan a los demás mantener el sitio en marcha cuando uno falla.</translation>
    </message>
    <message>
        <source>Why firewalls</source>
        <translation>Por qué cortafuegos</translation>
    </message>
    <message>
        <source>A firewall only lets through the traffic the design needs (for example HTTPS to the load balancers, port 3306 from the application servers to the database) and refuses everything else, so a mistake or an attacker cannot reach a service that should stay private.</source>
        <translation>Un cortafuegos solo deja pasar el tráfico que necesita el diseño (por ejemplo HTTPS hacia los balanceadores de carga, el puerto 3306 de los servidores de aplicaciones a la base de datos) y rechaza todo lo demás, para que un error o un atacante no pueda llegar a un servicio que debe seguir siendo privado.</translation>
    </message>
    <message>
        <source>Why monitoring</source>
        <translation>Por qué la monitorización</translation>
    </message>
    <message>
        <source>Agents on the servers send metrics and logs to the monitoring service (for example Sumo Logic), so the team sees load, errors and a failing server before the users do, and can tell how many queries per second the site serves.</source>
        <translation>Los agentes de los servidores envían métricas y registros al servicio de monitorización (por ejemplo Sumo Logic), así el equipo ve la carga, los errores y un servidor que falla antes que los usuarios, y sabe cuántas consultas por segundo sirve el sitio.</translation>
    </message>
    <message>
        <source>Why HTTPS</source>
        <translation>Por qué HTTPS</translation>
    </message>
    <message>
        <source>With an SSL/TLS certificate for the domain, traffic between the browser and the site is encrypted and the browser can check it talks to the real site, so passwords and data cannot be read or changed on the way.</source>
        <translation>Con un certificado SSL/TLS para el dominio, el tráfico entre el navegador y el sitio va cifrado y el navegador puede comprobar que habla con el sitio real, así que las contraseñas y los datos no se pueden leer ni cambiar por el camino.</translation>
    </message>
    <message>
        <source>Why a cluster</source>
        <translation>Por qué un clúster</translation>
    </message>
    <message>
        <source>The members of a cluster act as one: clients use the cluster&apos;s virtual address and whichever member is alive answers, so one member can fail without the others noticing.</source>
        <translation>Los miembros de un clúster actúan como uno solo: los clientes usan la dirección virtual del clúster y responde el miembro que esté vivo, así un miembro puede fallar sin que los demás lo noten.</translation>
    </message>
</context>
<context>
    <name>sw::RequestFlow</name>
    <message>
        <source>the site</source>
        <translation>el sitio</translation>
    </message>
    <message>
        <source>A user (%1) opens %2 in the browser.</source>
        <translation>Un usuario (%1) abre %2 en el navegador.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>No request gets through: every path from the users to a database goes through a failed node (or the design has no such path).</source>
        <translation>Ninguna petición pasa: todas las rutas de los usuarios a una base de datos atraviesan un nodo caído (o el diseño no tiene tal ruta).</translation>
    </message>
    <message>
        <source>The response travels back the same way (%1) and the browser shows the page.</source>
        <translation>La respuesta vuelve por el mismo camino (%1) y el navegador muestra la página.</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>ningún servidor</translation>
    </message>
    <message>
        <source>the next member</source>
        <translation>el siguiente miembro</translation>
    </message>
    <message>
        <source>Name resolution: the design has no DNS record, so users must know the address.</source>
        <translation>Resolución de nombres: el diseño no tiene registro DNS, así que los usuarios deben conocer la dirección.</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>la dirección</translation>
    </message>
    <message>
        <source>Name resolution: the browser asks DNS for %1. The %2 record answers %3, the address of %4.</source>
        <translation>Resolución de nombres: el navegador pregunta al DNS por %1. El registro %2 responde %3, la dirección de %4.</translation>
    </message>
    <message>
        <source>the entry</source>
        <translation>la entrada</translation>
    </message>
    <message>
        <source>least connections (the backend with the fewest open connections)</source>
        <translation>menos conexiones (el servidor con menos conexiones abiertas)</translation>
    </message>
    <message>
        <source>source hashing (the same user always gets the same backend)</source>
        <translation>hash de origen (el mismo usuario siempre obtiene el mismo servidor)</translation>
    </message>
    <message>
        <source>round robin (each backend in turn)</source>
        <translation>round robin (cada servidor por turno)</translation>
    </message>
    <message>
        <source>the next tier</source>
        <translation>la capa siguiente</translation>
    </message>
    <message>
        <source>(no address set)</source>
        <translation>(sin dirección definida)</translation>
    </message>
    <message>
        <source>VRRP failover: %1 is down, so the virtual address %2 of %3 moved to %4, which answers the request now.</source>
        <translation>Conmutación VRRP: %1 está caído, así que la dirección virtual %2 de %3 ha pasado a %4, que ahora responde a la petición.</translation>
    </message>
    <message>
        <source>The request goes to the virtual address %1 of %2. Both members answer (active-active); this time %3 does.</source>
        <translation>La petición va a la dirección virtual %1 de %2. Ambos miembros responden (activo-activo); esta vez lo hace %3.</translation>
    </message>
    <message>
        <source>The request goes to the virtual address %1 of %2. The active member, %3, holds that address; the others stand by and take it over through VRRP if it fails.</source>
        <translation>La petición va a la dirección virtual %1 de %2. El miembro activo, %3, tiene esa dirección; los demás esperan y la asumen mediante VRRP si falla.</translation>
    </message>
    <message>
        <source>The firewall %1 checks the packet: only what it allows (%2) gets through to %3.</source>
        <translation>El cortafuegos %1 comprueba el paquete: solo lo que permite (%2) pasa a %3.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1 on %2 terminates TLS: it decrypts HTTPS with the certificate for %3. Then it picks a web server by %4: %5.</source>
        <translation>%1 en %2 termina el TLS: descifra el HTTPS con el certificado para %3. Después elige un servidor web por %4: %5.</translation>
    </message>
    <message>
        <source>%1 on %2 passes the encrypted HTTPS stream on unopened (TLS passthrough) and picks a backend by %3: %4.</source>
        <translation>%1 en %2 reenvía el flujo HTTPS cifrado sin abrirlo (TLS passthrough) y elige un servidor por %3: %4.</translation>
    </message>
    <message>
        <source>%1 on %2 forwards the request as it is and picks a backend by %3: %4.</source>
        <translation>%1 en %2 reenvía la petición tal cual y elige un servidor por %3: %4.</translation>
    </message>
    <message>
        <source>%1 (%2) on %3 serves static files itself and, as a reverse proxy, forwards the dynamic request to %4 on port %5.</source>
        <translation>%1 (%2) en %3 sirve él mismo los archivos estáticos y, como proxy inverso, reenvía la petición dinámica a %4 en el puerto %5.</translation>
    </message>
    <message>
        <source>TLS termination: %1 decrypts HTTPS itself. </source>
        <translation>Terminación TLS: %1 descifra él mismo el HTTPS. </translation>
    </message>
    <message>
        <source>%1 on %2 runs the Python code%3 through %4 and sends an SQL query to %5 on port %6.</source>
        <translation>%1 en %2 ejecuta el código Python%3 mediante %4 y envía una consulta SQL a %5 en el puerto %6.</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source>%1 (%2) on %3 runs the SQL query and returns the rows.</source>
        <translation>%1 (%2) en %3 ejecuta la consulta SQL y devuelve las filas.</translation>
    </message>
    <message>
        <source>%1 on %2 passes the request on to %3.</source>
        <translation>%1 en %2 pasa la petición a %3.</translation>
    </message>
    <message>
        <source>Replication: %1 is the primary and sends every write to the replica %2 on %3, which keeps a copy ready to take over or to serve reads.</source>
        <translation>Replicación: %1 es el primario y envía cada escritura a la réplica %2 en %3, que mantiene una copia lista para tomar el relevo o servir lecturas.</translation>
    </message>
</context>
<context>
    <name>sw::Rules</name>
    <message>
        <source>Load balancer cluster</source>
        <translation>Clúster de balanceadores de carga</translation>
    </message>
    <message>
        <source> (replica)</source>
        <translation> (réplica)</translation>
    </message>
    <message>
        <source> replica</source>
        <translation> réplica</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Cortafuegos</translation>
    </message>
    <message>
        <source>SSL certificate</source>
        <translation>Certificado SSL</translation>
    </message>
    <message>
        <source>Simple web stack</source>
        <translation>Pila web sencilla</translation>
    </message>
    <message>
        <source>one server with web server, app server, codebase and database; a domain</source>
        <translation>un servidor con servidor web, servidor de aplicaciones, código fuente y base de datos; un dominio</translation>
    </message>
    <message>
        <source>Distributed web infrastructure</source>
        <translation>Infraestructura web distribuida</translation>
    </message>
    <message>
        <source>a load balancer in front of two or more servers that each run web + app + codebase; primary and replica databases</source>
        <translation>un balanceador de carga delante de dos o más servidores que ejecutan cada uno web + aplicación + código fuente; bases de datos primaria y réplica</translation>
    </message>
    <message>
        <source>Secured and monitored web infrastructure</source>
        <translation>Infraestructura web segura y monitorizada</translation>
    </message>
    <message>
        <source>distributed, plus a firewall on every server, HTTPS with a certificate, a monitoring agent on every server</source>
        <translation>distribuida, más un cortafuegos en cada servidor, HTTPS con un certificado, un agente de monitorización en cada servidor</translation>
    </message>
    <message>
        <source>Scale up</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>a cluster of two load balancers; web server, app server and database each on its own server; one codebase; HTTPS; monitoring; the domain www.foobar.com</source>
        <translation>un clúster de dos balanceadores de carga; servidor web, servidor de aplicaciones y base de datos cada uno en su servidor; un código fuente; HTTPS; monitorización; el dominio www.foobar.com</translation>
    </message>
    <message>
        <source>Quick fix: %1</source>
        <translation>Corrección rápida: %1</translation>
    </message>
    <message>
        <source>Single point of failure</source>
        <translation>Punto único de fallo</translation>
    </message>
    <message>
        <source>When this one machine stops (a crash, a disk failure, a reboot for updates) no request can reach the data any more and the whole site is down. Having a second server that can take over means one failure does not stop the site: fault isolation.</source>
        <translation>Cuando esta única máquina se detiene (un fallo, una avería de disco, un reinicio por actualizaciones) ninguna petición llega ya a los datos y todo el sitio cae. Tener un segundo servidor que pueda tomar el relevo hace que un fallo no detenga el sitio: aislamiento de fallos.</translation>
    </message>
    <message>
        <source>Add a second server that does the same job and link it like the first one (or put both in a cluster), so that a request always has another way to the database.</source>
        <translation>Añada un segundo servidor que haga el mismo trabajo y conéctelo como el primero (o ponga ambos en un clúster), para que una petición tenga siempre otro camino a la base de datos.</translation>
    </message>
    <message>
        <source>The entry does not serve HTTPS</source>
        <translation>La entrada no sirve HTTPS</translation>
    </message>
    <message>
        <source>Without HTTPS everything users send (passwords, cookies, personal data) crosses the internet in clear text, anyone on the way can read or change it, and browsers mark the site as not secure. The certificate must be for the site&apos;s own domain, or browsers refuse it.</source>
        <translation>Sin HTTPS todo lo que envían los usuarios (contraseñas, cookies, datos personales) cruza internet en claro, cualquiera en el camino puede leerlo o cambiarlo, y los navegadores marcan el sitio como no seguro. El certificado debe ser para el dominio del propio sitio, o los navegadores lo rechazan.</translation>
    </message>
    <message>
        <source>Add an SSL certificate for the design&apos;s domain, install it on the service that users reach first (load balancer or web server), switch that service&apos;s TLS on and make the users&apos; link HTTPS.</source>
        <translation>Añada un certificado SSL para el dominio del diseño, instálelo en el servicio al que llegan primero los usuarios (balanceador de carga o servidor web), active el TLS de ese servicio y haga HTTPS el enlace de los usuarios.</translation>
    </message>
    <message>
        <source>Server without a firewall</source>
        <translation>Servidor sin cortafuegos</translation>
    </message>
    <message>
        <source>A server without a firewall answers on every port it happens to listen on, so one forgotten service is enough for an attacker to get in. A firewall lets through only the traffic the design needs and reduces the attack surface.</source>
        <translation>Un servidor sin cortafuegos responde en todos los puertos en los que escuche, así que basta un servicio olvidado para que entre un atacante. Un cortafuegos solo deja pasar el tráfico que necesita el diseño y reduce la superficie de ataque.</translation>
    </message>
    <message>
        <source>Add a firewall inside the server that allows only the ports its incoming links use, from the machines that send them (or put a network firewall on every path to it).</source>
        <translation>Añada dentro del servidor un cortafuegos que permita solo los puertos que usan sus enlaces entrantes, desde las máquinas que los envían (o ponga un cortafuegos de red en cada camino hacia él).</translation>
    </message>
    <message>
        <source>Server not monitored</source>
        <translation>Servidor sin monitorizar</translation>
    </message>
    <message>
        <source>Without monitoring you learn that a server is overloaded, out of disk or down when users complain. An agent that sends logs and metrics to a monitoring service (Sumo Logic in the spec) shows problems early and tells you what happened.</source>
        <translation>Sin monitorización se entera de que un servidor está sobrecargado, sin disco o caído cuando los usuarios se quejan. Un agente que envía registros y métricas a un servicio de monitorización (Sumo Logic en la especificación) muestra los problemas pronto y le dice qué ocurrió.</translation>
    </message>
    <message>
        <source>Add a monitoring agent to the server and set it to report to a monitoring service.</source>
        <translation>Añada un agente de monitorización al servidor y configúrelo para informar a un servicio de monitorización.</translation>
    </message>
    <message>
        <source>Load balancer not clustered</source>
        <translation>Balanceador de carga fuera de clúster</translation>
    </message>
    <message>
        <source>Every request goes through the load balancer, so a single one is a single point of failure however many servers stand behind it. A second load balancer in a cluster with a virtual address takes over when the first fails and can share the work of distributing traffic.</source>
        <translation>Todas las peticiones pasan por el balanceador de carga, así que uno solo es un punto único de fallo por muchos servidores que tenga detrás. Un segundo balanceador de carga en un clúster con una dirección virtual toma el relevo cuando falla el primero y puede repartir el trabajo de distribuir el tráfico.</translation>
    </message>
    <message>
        <source>Add a second load balancer on another server and group both in a cluster with a virtual address; point the users&apos; link and the DNS record at the cluster.</source>
        <translation>Añada un segundo balanceador de carga en otro servidor y agrupe ambos en un clúster con una dirección virtual; apunte el enlace de los usuarios y el registro DNS al clúster.</translation>
    </message>
    <message>
        <source>Tiers share a server</source>
        <translation>Varias capas comparten un servidor</translation>
    </message>
    <message>
        <source>Web server, application server and database have different needs. On separate servers each gets its own CPU, memory and disk (isolation and resource allocation), can be scaled, updated and tuned on its own, a break-in into the web server does not give away the database, and a failure of one does not take the others down.</source>
        <translation>Servidor web, servidor de aplicaciones y base de datos tienen necesidades distintas. En servidores separados cada uno tiene su propia CPU, memoria y disco (aislamiento y asignación de recursos), se puede escalar, actualizar y ajustar por su cuenta, una intrusión en el servidor web no entrega la base de datos, y el fallo de uno no tira los demás.</translation>
    </message>
    <message>
        <source>Move the database (or the application server) onto a server of its own and link the tiers across servers.</source>
        <translation>Mueva la base de datos (o el servidor de aplicaciones) a un servidor propio y conecte las capas entre servidores.</translation>
    </message>
    <message>
        <source>One database and no replica</source>
        <translation>Una base de datos y ninguna réplica</translation>
    </message>
    <message>
        <source>All data lives in one database that accepts every write. If it fails the data is unavailable and may be lost since the last backup, and every read and write competes for the same machine. A replica keeps a live copy, can serve reads and can become the primary.</source>
        <translation>Todos los datos viven en una base de datos que acepta todas las escrituras. Si falla, los datos no están disponibles y pueden perderse desde la última copia de seguridad, y cada lectura y escritura compite por la misma máquina. Una réplica mantiene una copia viva, puede servir lecturas y puede convertirse en el primario.</translation>
    </message>
    <message>
        <source>Add a replica database on another server that replicates from the primary, and let the application servers read from it.</source>
        <translation>Añada una base de datos réplica en otro servidor que replique desde el primario, y deje que los servidores de aplicaciones lean de ella.</translation>
    </message>
    <message>
        <source>Database reachable without the application</source>
        <translation>Base de datos accesible sin la aplicación</translation>
    </message>
    <message>
        <source>Requests can reach the database without passing an application server, so nothing checks what they ask for. The database should only be reachable from the application that owns the data: separating it from the public-facing servers reduces the attack surface.</source>
        <translation>Las peticiones pueden llegar a la base de datos sin pasar por un servidor de aplicaciones, así que nada comprueba lo que piden. La base de datos solo debería ser accesible desde la aplicación dueña de los datos: separarla de los servidores expuestos al público reduce la superficie de ataque.</translation>
    </message>
    <message>
        <source>Remove the links that reach the database from the internet, a load balancer or a web server; only application servers should link to it.</source>
        <translation>Elimine los enlaces que llegan a la base de datos desde internet, un balanceador de carga o un servidor web; solo los servidores de aplicaciones deben conectarse a ella.</translation>
    </message>
    <message>
        <source>TLS ends at the load balancer</source>
        <translation>El TLS termina en el balanceador de carga</translation>
    </message>
    <message>
        <source>The load balancer decrypts HTTPS and sends the requests on in clear text. Anyone who can listen inside the network (another tenant, a compromised machine) reads passwords and cookies there.</source>
        <translation>El balanceador de carga descifra el HTTPS y reenvía las peticiones en claro. Cualquiera que pueda escuchar dentro de la red (otro inquilino, una máquina comprometida) lee allí contraseñas y cookies.</translation>
    </message>
    <message>
        <source>Encrypt the traffic behind the load balancer too (HTTPS links to web servers with TLS on), or pass TLS through to the web servers.</source>
        <translation>Cifre también el tráfico detrás del balanceador de carga (enlaces HTTPS a servidores web con TLS activado), o deje pasar el TLS hasta los servidores web.</translation>
    </message>
    <message>
        <source>No DNS record for the entry</source>
        <translation>Ningún registro DNS para la entrada</translation>
    </message>
    <message>
        <source>Users type a name such as www.foobar.com, not an address. Without a DNS record that points at the entry of the stack nobody finds the site, and no certificate can be checked against the domain.</source>
        <translation>Los usuarios escriben un nombre como www.foobar.com, no una dirección. Sin un registro DNS que apunte a la entrada de la pila nadie encuentra el sitio, y ningún certificado se puede comprobar frente al dominio.</translation>
    </message>
    <message>
        <source>Add a DNS record with the site&apos;s domain and set its target to the entry (the load balancer cluster, the load balancer or the web server that users reach).</source>
        <translation>Añada un registro DNS con el dominio del sitio y ponga como destino la entrada (el clúster de balanceadores de carga, el balanceador de carga o el servidor web al que llegan los usuarios).</translation>
    </message>
    <message>
        <source>No request reaches a database</source>
        <translation>Ninguna petición llega a una base de datos</translation>
    </message>
    <message>
        <source>A web stack exists to answer users&apos; requests with data. Following the links from the internet no request arrives at a database, so the site cannot work as drawn (a link is missing or points the wrong way).</source>
        <translation>Una pila web existe para responder a las peticiones de los usuarios con datos. Siguiendo los enlaces desde internet ninguna petición llega a una base de datos, así que el sitio no puede funcionar tal como está dibujado (falta un enlace o va en sentido contrario).</translation>
    </message>
    <message>
        <source>Link the internet to the entry, the entry to the web servers, the web servers to the application servers and those to the database, in the direction of the request.</source>
        <translation>Conecte internet con la entrada, la entrada con los servidores web, los servidores web con los servidores de aplicaciones y estos con la base de datos, en el sentido de la petición.</translation>
    </message>
    <message>
        <source>Cluster without a virtual address</source>
        <translation>Clúster sin dirección virtual</translation>
    </message>
    <message>
        <source>Users and DNS reach a cluster through its virtual address, which moves to whichever member is alive. Without one, requests go to a member&apos;s own address and stop when that member fails: the cluster gives no protection.</source>
        <translation>Los usuarios y el DNS llegan a un clúster por su dirección virtual, que pasa al miembro que esté vivo. Sin ella, las peticiones van a la dirección propia de un miembro y se detienen cuando ese miembro falla: el clúster no protege de nada.</translation>
    </message>
    <message>
        <source>Give the cluster a free virtual IP address in the members&apos; network and point the DNS record at the cluster.</source>
        <translation>Dé al clúster una dirección IP virtual libre en la red de los miembros y apunte el registro DNS al clúster.</translation>
    </message>
    <message>
        <source>Active-passive cluster with several active members</source>
        <translation>Clúster activo-pasivo con varios miembros activos</translation>
    </message>
    <message>
        <source>In active-passive mode one member works and the other waits to take over. When requests or DNS records go straight to several members, they all work at once: the passive member is not in reserve, and its configuration (sessions, health checks) was not made for it.</source>
        <translation>En modo activo-pasivo un miembro trabaja y el otro espera para tomar el relevo. Cuando las peticiones o los registros DNS van directamente a varios miembros, todos trabajan a la vez: el miembro pasivo no está de reserva, y su configuración (sesiones, comprobaciones de salud) no se hizo para ello.</translation>
    </message>
    <message>
        <source>Send requests and DNS to the cluster&apos;s virtual address only, or switch the cluster to active-active mode.</source>
        <translation>Envíe las peticiones y el DNS solo a la dirección virtual del clúster, o cambie el clúster al modo activo-activo.</translation>
    </message>
    <message>
        <source>Certificate missing on a cluster member</source>
        <translation>Falta el certificado en un miembro del clúster</translation>
    </message>
    <message>
        <source>Any member of a cluster may answer. A member that terminates no TLS or has no certificate breaks HTTPS for everyone the moment it takes over, which is exactly when the cluster was supposed to save the day.</source>
        <translation>Cualquier miembro de un clúster puede responder. Un miembro que no termina TLS o no tiene certificado rompe el HTTPS para todos en cuanto toma el relevo, justo cuando el clúster debía salvar la situación.</translation>
    </message>
    <message>
        <source>Install the same certificate on every member of the cluster and give every member the same TLS setting.</source>
        <translation>Instale el mismo certificado en cada miembro del clúster y dé a cada miembro el mismo ajuste TLS.</translation>
    </message>
    <message>
        <source>A firewall blocks a link of the design</source>
        <translation>Un cortafuegos bloquea un enlace del diseño</translation>
    </message>
    <message>
        <source>A firewall lets through only what it allows. A link whose port (or sender) it does not allow is dropped, so that part of the stack does not work once deployed.</source>
        <translation>Un cortafuegos solo deja pasar lo que permite. Un enlace cuyo puerto (o emisor) no permite se descarta, así que esa parte de la pila no funciona una vez desplegada.</translation>
    </message>
    <message>
        <source>Allow the link&apos;s port on the firewall, from the machine that sends it (&quot;PORT/tcp from ID&quot;).</source>
        <translation>Permita el puerto del enlace en el cortafuegos, desde la máquina que lo envía (&quot;PORT/tcp from ID&quot;).</translation>
    </message>
    <message>
        <source>A firewall opens a port no link uses</source>
        <translation>Un cortafuegos abre un puerto que ningún enlace usa</translation>
    </message>
    <message>
        <source>Every open port is a door an attacker can try. A port that no link of the design needs only adds to the attack surface.</source>
        <translation>Cada puerto abierto es una puerta que un atacante puede probar. Un puerto que ningún enlace del diseño necesita solo aumenta la superficie de ataque.</translation>
    </message>
    <message>
        <source>Remove the rule from the firewall, or draw the link that needs it.</source>
        <translation>Elimine la regla del cortafuegos, o dibuje el enlace que la necesita.</translation>
    </message>
    <message>
        <source>Database port open to everyone</source>
        <translation>Puerto de base de datos abierto a todos</translation>
    </message>
    <message>
        <source>A database port open to any address lets the whole internet try passwords and exploits on the database directly. It should accept connections only from the application servers.</source>
        <translation>Un puerto de base de datos abierto a cualquier dirección permite que todo internet pruebe contraseñas y exploits directamente contra la base de datos. Solo debería aceptar conexiones de los servidores de aplicaciones.</translation>
    </message>
    <message>
        <source>Replace the rule by rules that allow the database port only from the application servers (&quot;3306/tcp from app-1&quot;).</source>
        <translation>Sustituya la regla por reglas que permitan el puerto de la base de datos solo desde los servidores de aplicaciones (&quot;3306/tcp from app-1&quot;).</translation>
    </message>
    <message>
        <source>SSH open to the world</source>
        <translation>SSH abierto a todo el mundo</translation>
    </message>
    <message>
        <source>SSH gives full control of a server. Open to every address it is probed for weak passwords within minutes of going online. The operator&apos;s access is implied by the design; nothing else should open it to everyone.</source>
        <translation>SSH da control total de un servidor. Abierto a cualquier dirección, se sondea en busca de contraseñas débiles a los pocos minutos de estar en línea. El acceso del operador está implícito en el diseño; nada más debería abrirlo a todos.</translation>
    </message>
    <message>
        <source>Remove the rule that opens SSH to everyone (or allow it only from a bastion host).</source>
        <translation>Elimine la regla que abre SSH a todos (o permítalo solo desde un bastión).</translation>
    </message>
    <message>
        <source>Port 80 without a redirect to HTTPS</source>
        <translation>Puerto 80 sin redirección a HTTPS</translation>
    </message>
    <message>
        <source>Users who type the address without https:// arrive on port 80. If the entry answers there with the site instead of redirecting to HTTPS, their session travels in clear text.</source>
        <translation>Los usuarios que escriben la dirección sin https:// llegan al puerto 80. Si la entrada responde allí con el sitio en lugar de redirigir a HTTPS, su sesión viaja en claro.</translation>
    </message>
    <message>
        <source>Serve HTTPS on the entry and redirect port 80 to 443 (set the entry service&apos;s property &quot;http_redirect&quot; to true), or close port 80.</source>
        <translation>Sirva HTTPS en la entrada y redirija el puerto 80 al 443 (ponga a true la propiedad &quot;http_redirect&quot; del servicio de entrada), o cierre el puerto 80.</translation>
    </message>
    <message>
        <source>Replica without a primary</source>
        <translation>Réplica sin primario</translation>
    </message>
    <message>
        <source>A replica copies every change from its primary. Without a primary to follow it never receives changes and serves stale or empty data.</source>
        <translation>Una réplica copia cada cambio de su primario. Sin un primario al que seguir nunca recibe cambios y sirve datos obsoletos o vacíos.</translation>
    </message>
    <message>
        <source>Set the replica&apos;s &quot;replicates from&quot; to the primary database, or make it a primary.</source>
        <translation>Ajuste &quot;Replica desde&quot; de la réplica a la base de datos primaria, o conviértala en primario.</translation>
    </message>
    <message>
        <source>Several primary databases</source>
        <translation>Varias bases de datos primarias</translation>
    </message>
    <message>
        <source>Two databases that both accept writes for the same application drift apart: each has changes the other lacks, and the application sees different data depending on where it writes.</source>
        <translation>Dos bases de datos que aceptan escrituras para la misma aplicación se separan: cada una tiene cambios que le faltan a la otra, y la aplicación ve datos distintos según dónde escriba.</translation>
    </message>
    <message>
        <source>Keep one primary and make the other databases replicas that replicate from it.</source>
        <translation>Mantenga un solo primario y convierta las demás bases de datos en réplicas que repliquen desde él.</translation>
    </message>
    <message>
        <source>Application servers run different code</source>
        <translation>Los servidores de aplicaciones ejecutan código distinto</translation>
    </message>
    <message>
        <source>The load balancer sends each request to any application server. If they run different repositories or branches, users get different behaviour from one request to the next.</source>
        <translation>El balanceador de carga envía cada petición a cualquier servidor de aplicaciones. Si ejecutan repositorios o ramas distintos, los usuarios obtienen un comportamiento distinto de una petición a otra.</translation>
    </message>
    <message>
        <source>Deploy the same repository and branch on every application server.</source>
        <translation>Despliegue el mismo repositorio y la misma rama en cada servidor de aplicaciones.</translation>
    </message>
    <message>
        <source>Application server without a codebase</source>
        <translation>Servidor de aplicaciones sin código fuente</translation>
    </message>
    <message>
        <source>An application server runs the application&apos;s code. Without a codebase on its server there is nothing to run, and the deploy cannot know what to check out.</source>
        <translation>Un servidor de aplicaciones ejecuta el código de la aplicación. Sin código fuente en su servidor no hay nada que ejecutar, y el despliegue no puede saber qué descargar.</translation>
    </message>
    <message>
        <source>Add a codebase (repository and branch) to the application server&apos;s server.</source>
        <translation>Añada un código fuente (repositorio y rama) al servidor del servidor de aplicaciones.</translation>
    </message>
    <message>
        <source>Web server with no application server behind it</source>
        <translation>Servidor web sin servidor de aplicaciones detrás</translation>
    </message>
    <message>
        <source>The web server serves static files and forwards dynamic requests to an application server. With none behind it every dynamic page fails.</source>
        <translation>El servidor web sirve los archivos estáticos y reenvía las peticiones dinámicas a un servidor de aplicaciones. Sin ninguno detrás, todas las páginas dinámicas fallan.</translation>
    </message>
    <message>
        <source>Link the web server to an application server (HTTP to the app server&apos;s port).</source>
        <translation>Conecte el servidor web a un servidor de aplicaciones (HTTP al puerto del servidor de aplicaciones).</translation>
    </message>
    <message>
        <source>Simple web stack: one server runs the whole stack</source>
        <translation>Pila web sencilla: un servidor ejecuta toda la pila</translation>
    </message>
    <message>
        <source>The first stage of the spec is a LAMP stack on one server: web server, application server, codebase and database together, the simplest thing that works.</source>
        <translation>La primera etapa de la especificación es una pila LAMP en un servidor: servidor web, servidor de aplicaciones, código fuente y base de datos juntos, lo más sencillo que funciona.</translation>
    </message>
    <message>
        <source>Put a web server, an application server, a codebase and a database in one server.</source>
        <translation>Ponga un servidor web, un servidor de aplicaciones, un código fuente y una base de datos en un mismo servidor.</translation>
    </message>
    <message>
        <source>The design has the domain the profile asks for</source>
        <translation>El diseño tiene el dominio que pide el perfil</translation>
    </message>
    <message>
        <source>A site is known by its domain name; the spec&apos;s design uses www.foobar.com.</source>
        <translation>Un sitio se conoce por su nombre de dominio; el diseño de la especificación usa www.foobar.com.</translation>
    </message>
    <message>
        <source>Add a DNS record with the domain the profile asks for and point it at the entry.</source>
        <translation>Añada un registro DNS con el dominio que pide el perfil y apúntelo a la entrada.</translation>
    </message>
    <message>
        <source>Distributed: a load balancer in front of two or more full servers</source>
        <translation>Distribuida: un balanceador de carga delante de dos o más servidores completos</translation>
    </message>
    <message>
        <source>The distributed stage adds servers to lessen the traffic each one carries and to have a backup when one fails; a load balancer spreads the requests over them.</source>
        <translation>La etapa distribuida añade servidores para reducir el tráfico que soporta cada uno y tener un respaldo cuando uno falla; un balanceador de carga reparte las peticiones entre ellos.</translation>
    </message>
    <message>
        <source>Put a load balancer in front and link it to two or more servers that each run a web server, an application server and a codebase.</source>
        <translation>Ponga un balanceador de carga delante y conéctelo a dos o más servidores que ejecuten cada uno un servidor web, un servidor de aplicaciones y un código fuente.</translation>
    </message>
    <message>
        <source>Distributed: a primary database and a replica</source>
        <translation>Distribuida: una base de datos primaria y una réplica</translation>
    </message>
    <message>
        <source>With several servers the data needs a copy too: a replica follows the primary so that reads can be spread and the data survives the loss of one database.</source>
        <translation>Con varios servidores los datos también necesitan una copia: una réplica sigue al primario para poder repartir las lecturas y que los datos sobrevivan a la pérdida de una base de datos.</translation>
    </message>
    <message>
        <source>Add a replica database that replicates from the primary.</source>
        <translation>Añada una base de datos réplica que replique desde el primario.</translation>
    </message>
    <message>
        <source>Scale up: a cluster of two load balancers</source>
        <translation>Escalado: un clúster de dos balanceadores de carga</translation>
    </message>
    <message>
        <source>The spec adds a second load balancer that works in a cluster with the first, so that the entry has no single point of failure and distributing traffic stays efficient.</source>
        <translation>La especificación añade un segundo balanceador de carga que trabaja en un clúster con el primero, para que la entrada no tenga un punto único de fallo y la distribución del tráfico siga siendo eficiente.</translation>
    </message>
    <message>
        <source>Group two load balancers on two different servers in a cluster.</source>
        <translation>Agrupe en un clúster dos balanceadores de carga en dos servidores distintos.</translation>
    </message>
    <message>
        <source>Scale up: web, application and database each on its own server</source>
        <translation>Escalado: web, aplicación y base de datos cada uno en su servidor</translation>
    </message>
    <message>
        <source>The spec separates the database, application and web server into their own machines for isolation, scalability, maintenance, security, performance and fault isolation.</source>
        <translation>La especificación separa la base de datos, la aplicación y el servidor web en máquinas propias por aislamiento, escalabilidad, mantenimiento, seguridad, rendimiento y aislamiento de fallos.</translation>
    </message>
    <message>
        <source>Give the web server, the application server and the database a server each.</source>
        <translation>Dé un servidor a cada uno: al servidor web, al servidor de aplicaciones y a la base de datos.</translation>
    </message>
    <message>
        <source>Scale up: one codebase</source>
        <translation>Escalado: un solo código fuente</translation>
    </message>
    <message>
        <source>The spec&apos;s design runs one codebase: every server that runs the application runs the same code from the same repository and branch.</source>
        <translation>El diseño de la especificación ejecuta un solo código fuente: cada servidor que ejecuta la aplicación ejecuta el mismo código del mismo repositorio y la misma rama.</translation>
    </message>
    <message>
        <source>Add a codebase to the application server, with the same repository and branch everywhere.</source>
        <translation>Añada un código fuente al servidor de aplicaciones, con el mismo repositorio y la misma rama en todas partes.</translation>
    </message>
    <message>
        <source>Monitoring service</source>
        <translation>Servicio de monitorización</translation>
    </message>
    <message>
        <source>Monitoring agent</source>
        <translation>Agente de monitorización</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>Servidor de base de datos</translation>
    </message>
    <message>
        <source>Application server</source>
        <translation>Servidor de aplicaciones</translation>
    </message>
    <message>
        <source>Codebase</source>
        <translation>Código fuente</translation>
    </message>
    <message>
        <source>Design: %1</source>
        <translation>Diseño: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corrección: %1</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 info(s)</source>
        <translation>%1 error(es), %2 advertencia(s), %3 información(es)</translation>
    </message>
    <message>
        <source>(%1 more from rules switched off for this design)</source>
        <translation>(%1 más de reglas desactivadas para este diseño)</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Perfiles:</translation>
    </message>
    <message>
        <source>Request paths</source>
        <translation>Rutas de las peticiones</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Profile requirements</source>
        <translation>Requisitos del perfil</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Replica &quot;%1&quot; does not say which primary it replicates from.</source>
        <translation>La réplica &quot;%1&quot; no indica desde qué primario replica.</translation>
    </message>
    <message>
        <source>Replica &quot;%1&quot; replicates from &quot;%2&quot;, which is not a primary database.</source>
        <translation>La réplica &quot;%1&quot; replica desde &quot;%2&quot;, que no es una base de datos primaria.</translation>
    </message>
    <message>
        <source>Database &quot;%1&quot; is the only one and no replica follows it.</source>
        <translation>La base de datos &quot;%1&quot; es la única y ninguna réplica la sigue.</translation>
    </message>
    <message>
        <source>%1 databases accept writes: &quot;%2&quot;.</source>
        <translation>%1 bases de datos aceptan escrituras: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; has no firewall, and requests reach it without passing a network firewall.</source>
        <translation>El servidor &quot;%1&quot; no tiene cortafuegos, y las peticiones llegan a él sin pasar por un cortafuegos de red.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; has no firewall.</source>
        <translation>El servidor &quot;%1&quot; no tiene cortafuegos.</translation>
    </message>
    <message>
        <source>Firewall &quot;%1&quot; does not allow port %2/%3 from &quot;%4&quot;, which the %5 link from &quot;%6&quot; to &quot;%7&quot; needs.</source>
        <translation>El cortafuegos &quot;%1&quot; no permite el puerto %2/%3 desde &quot;%4&quot;, que necesita el enlace %5 de &quot;%6&quot; a &quot;%7&quot;.</translation>
    </message>
    <message>
        <source>Firewall &quot;%1&quot; allows %2, but no link of the design uses it.</source>
        <translation>El cortafuegos &quot;%1&quot; permite %2, pero ningún enlace del diseño lo usa.</translation>
    </message>
    <message>
        <source>Firewall &quot;%1&quot; allows the database port to everyone (%2).</source>
        <translation>El cortafuegos &quot;%1&quot; abre el puerto de la base de datos a todos (%2).</translation>
    </message>
    <message>
        <source>Firewall &quot;%1&quot; opens SSH to everyone (%2).</source>
        <translation>El cortafuegos &quot;%1&quot; abre SSH a todos (%2).</translation>
    </message>
    <message>
        <source>The internet has an SSH link to &quot;%1&quot;.</source>
        <translation>Internet tiene un enlace SSH a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The design has no internet node, so no request comes in.</source>
        <translation>El diseño no tiene nodo de internet, así que no entra ninguna petición.</translation>
    </message>
    <message>
        <source>The design has no database, so requests have no data to reach.</source>
        <translation>El diseño no tiene base de datos, así que las peticiones no tienen datos a los que llegar.</translation>
    </message>
    <message>
        <source>Following the links from the internet, no request reaches a database.</source>
        <translation>Siguiendo los enlaces desde internet, ninguna petición llega a una base de datos.</translation>
    </message>
    <message>
        <source>If server &quot;%1&quot; fails, no request from the internet reaches a database.</source>
        <translation>Si el servidor &quot;%1&quot; falla, ninguna petición de internet llega a una base de datos.</translation>
    </message>
    <message>
        <source>If firewall &quot;%1&quot; fails, no request from the internet reaches a database.</source>
        <translation>Si el cortafuegos &quot;%1&quot; falla, ninguna petición de internet llega a una base de datos.</translation>
    </message>
    <message>
        <source>Database &quot;%1&quot; can be reached from the internet without passing an application server.</source>
        <translation>La base de datos &quot;%1&quot; es accesible desde internet sin pasar por un servidor de aplicaciones.</translation>
    </message>
    <message>
        <source>Web server &quot;%1&quot; forwards requests to no application server.</source>
        <translation>El servidor web &quot;%1&quot; no reenvía las peticiones a ningún servidor de aplicaciones.</translation>
    </message>
    <message>
        <source>No server runs a web server, an application server, a codebase and a database together.</source>
        <translation>Ningún servidor ejecuta a la vez un servidor web, un servidor de aplicaciones, un código fuente y una base de datos.</translation>
    </message>
    <message>
        <source>The design has no DNS record for %1.</source>
        <translation>El diseño no tiene registro DNS para %1.</translation>
    </message>
    <message>
        <source>The design&apos;s domain is %1, the profile asks for %2.</source>
        <translation>El dominio del diseño es %1, el perfil pide %2.</translation>
    </message>
    <message>
        <source>The design has no domain: add a DNS record.</source>
        <translation>El diseño no tiene dominio: añada un registro DNS.</translation>
    </message>
    <message>
        <source>The design has no load balancer.</source>
        <translation>El diseño no tiene balanceador de carga.</translation>
    </message>
    <message>
        <source>No load balancer sends requests to two or more servers that each run a web server, an application server and a codebase.</source>
        <translation>Ningún balanceador de carga envía peticiones a dos o más servidores que ejecuten cada uno un servidor web, un servidor de aplicaciones y un código fuente.</translation>
    </message>
    <message>
        <source>The design has no primary database with a replica that follows it.</source>
        <translation>El diseño no tiene una base de datos primaria seguida por una réplica.</translation>
    </message>
    <message>
        <source>The design has no cluster of two load balancers on different servers.</source>
        <translation>El diseño no tiene un clúster de dos balanceadores de carga en servidores distintos.</translation>
    </message>
    <message>
        <source>These tiers have no server of their own: %1.</source>
        <translation>Estas capas no tienen servidor propio: %1.</translation>
    </message>
    <message>
        <source>The design has no codebase.</source>
        <translation>El diseño no tiene código fuente.</translation>
    </message>
    <message>
        <source>The design has %1 different codebases (repository and branch).</source>
        <translation>El diseño tiene %1 códigos fuente distintos (repositorio y rama).</translation>
    </message>
    <message>
        <source>The monitoring agent on server &quot;%1&quot; reports to no monitoring service.</source>
        <translation>El agente de monitorización del servidor &quot;%1&quot; no informa a ningún servicio de monitorización.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; has no monitoring agent.</source>
        <translation>El servidor &quot;%1&quot; no tiene agente de monitorización.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; runs these tiers together: %2.</source>
        <translation>El servidor &quot;%1&quot; ejecuta estas capas juntas: %2.</translation>
    </message>
    <message>
        <source>Load balancer &quot;%1&quot; is not in a cluster with a second load balancer on another server.</source>
        <translation>El balanceador de carga &quot;%1&quot; no está en un clúster con un segundo balanceador de carga en otro servidor.</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; has no virtual address.</source>
        <translation>El clúster &quot;%1&quot; no tiene dirección virtual.</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; is active-passive, but requests go straight to &quot;%2&quot;.</source>
        <translation>El clúster &quot;%1&quot; es activo-pasivo, pero las peticiones van directamente a &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Application server &quot;%1&quot; has no codebase on its server.</source>
        <translation>El servidor de aplicaciones &quot;%1&quot; no tiene código fuente en su servidor.</translation>
    </message>
    <message>
        <source>The application servers run different code: %1.</source>
        <translation>Los servidores de aplicaciones ejecutan código distinto: %1.</translation>
    </message>
    <message>
        <source>Users reach &quot;%1&quot; over plain HTTP.</source>
        <translation>Los usuarios llegan a &quot;%1&quot; por HTTP sin cifrar.</translation>
    </message>
    <message>
        <source>No service behind &quot;%1&quot; terminates TLS: its HTTPS link ends nowhere.</source>
        <translation>Ningún servicio detrás de &quot;%1&quot; termina el TLS: su enlace HTTPS no acaba en ninguna parte.</translation>
    </message>
    <message>
        <source>No certificate is installed on the service that terminates TLS for &quot;%1&quot;.</source>
        <translation>No hay ningún certificado instalado en el servicio que termina el TLS para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No certificate for %1 is installed on the service that terminates TLS for &quot;%2&quot;.</source>
        <translation>No hay ningún certificado para %1 instalado en el servicio que termina el TLS para &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Load balancer &quot;%1&quot; decrypts HTTPS and sends the requests on in plain HTTP.</source>
        <translation>El balanceador de carga &quot;%1&quot; descifra el HTTPS y reenvía las peticiones por HTTP sin cifrar.</translation>
    </message>
    <message>
        <source>The design has no DNS record, so users cannot find the site by name.</source>
        <translation>El diseño no tiene registro DNS, así que los usuarios no pueden encontrar el sitio por su nombre.</translation>
    </message>
    <message>
        <source>No DNS record points at the entry &quot;%1&quot;.</source>
        <translation>Ningún registro DNS apunta a la entrada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; serves the site on port 80 as well as HTTPS, without redirecting to HTTPS.</source>
        <translation>&quot;%1&quot; sirve el sitio en el puerto 80 además de en HTTPS, sin redirigir a HTTPS.</translation>
    </message>
    <message>
        <source>In cluster &quot;%1&quot;, &quot;%2&quot; does not terminate TLS with the certificate for %3 that the other members present.</source>
        <translation>En el clúster &quot;%1&quot;, &quot;%2&quot; no termina el TLS con el certificado para %3 que presentan los demás miembros.</translation>
    </message>
    <message>
        <source>Required property not set</source>
        <translation>Propiedad obligatoria sin definir</translation>
    </message>
    <message>
        <source>A whiteboard holds unfinished work: the design saves and opens with the value missing. But what the value is for cannot work without it: a DNS record without a domain names nothing, a server without a host name cannot be set up, a cluster without members protects nothing. The deploy bundles and deploy refuse the design until it is set.</source>
        <translation>Una pizarra admite trabajo sin terminar: el diseño se guarda y se abre aunque falte el valor. Pero aquello para lo que sirve el valor no puede funcionar sin él: un registro DNS sin dominio no nombra nada, un servidor sin nombre de host no se puede configurar y un clúster sin miembros no protege nada. Los paquetes de despliegue y el despliegue rechazan el diseño hasta que se defina.</translation>
    </message>
    <message>
        <source>Select the node and fill in the property in the properties panel (the quick fix takes you there).</source>
        <translation>Seleccione el nodo y complete la propiedad en el panel de propiedades (la corrección rápida lo lleva allí).</translation>
    </message>
    <message>
        <source>Two servers share an address or a host name</source>
        <translation>Dos servidores comparten una dirección o un nombre de host</translation>
    </message>
    <message>
        <source>An address or a host name names one machine. When two servers share one, requests, SSH sessions and the deploy reach whichever answers first, monitoring mixes up their data, and the second server is, in fact, not there.</source>
        <translation>Una dirección o un nombre de host designa una sola máquina. Cuando dos servidores comparten uno de ellos, las solicitudes, las sesiones SSH y el despliegue llegan al que responda primero, la monitorización mezcla sus datos y el segundo servidor, en la práctica, no existe.</translation>
    </message>
    <message>
        <source>Give each server its own address and host name (a copy made with Duplicate keeps the subnet and numbers the name: web-01, web-02).</source>
        <translation>Asigne a cada servidor su propia dirección y su propio nombre de host (una copia hecha con Duplicar conserva la subred y numera el nombre: web-01, web-02).</translation>
    </message>
    <message>
        <source>Servers %1 share the address %2.</source>
        <translation>Los servidores %1 comparten la dirección %2.</translation>
    </message>
    <message>
        <source>Servers %1 share the host name &quot;%2&quot; (host names are compared without regard to case).</source>
        <translation>Los servidores %1 comparten el nombre de host &quot;%2&quot; (los nombres de host se comparan sin distinguir mayúsculas de minúsculas).</translation>
    </message>
    <message>
        <source>Cache &quot;%1&quot; is reachable from the internet: &quot;%2&quot; links to it.</source>
        <translation>La caché &quot;%1&quot; es accesible desde Internet: &quot;%2&quot; está enlazado a ella.</translation>
    </message>
    <message>
        <source>No application server links to cache &quot;%1&quot;, so nothing uses it.</source>
        <translation>Ningún servidor de aplicaciones está enlazado a la caché &quot;%1&quot;: nadie la usa.</translation>
    </message>
    <message>
        <source>Cache &quot;%1&quot; is the only one: when it fails the application still answers, but every request goes to the database.</source>
        <translation>La caché &quot;%1&quot; es la única: si falla, la aplicación sigue respondiendo, pero cada petición va a la base de datos.</translation>
    </message>
    <message>
        <source>Cache reachable from the internet</source>
        <translation>Caché accesible desde Internet</translation>
    </message>
    <message>
        <source>A cache (Redis, Memcached) has no passwords worth the name and answers anyone who reaches its port: from the internet it hands out the cached data (sessions, pages, personal data) and lets an attacker write into it. Only the application servers should talk to it, over the private network.</source>
        <translation>Una caché (Redis, Memcached) no tiene contraseñas dignas de ese nombre y responde a cualquiera que alcance su puerto: desde Internet entrega los datos en caché (sesiones, páginas, datos personales) y permite a un atacante escribir en ella. Solo los servidores de aplicaciones deben hablar con ella, por la red privada.</translation>
    </message>
    <message>
        <source>Remove the link from the users, the load balancer or the cluster to the cache, and link the application servers to it instead.</source>
        <translation>Quite el enlace de los usuarios, del balanceador de carga o del clúster hacia la caché, y enlace en su lugar los servidores de aplicaciones a ella.</translation>
    </message>
    <message>
        <source>Cache that no application server uses</source>
        <translation>Caché que ningún servidor de aplicaciones usa</translation>
    </message>
    <message>
        <source>A cache helps only when the application asks it before the database. A cache no application server links to costs a server and memory and makes nothing faster; it often means a link was forgotten.</source>
        <translation>Una caché solo ayuda si la aplicación la consulta antes que la base de datos. Una caché a la que ningún servidor de aplicaciones está enlazado cuesta un servidor y memoria sin acelerar nada; a menudo es un enlace olvidado.</translation>
    </message>
    <message>
        <source>Link every application server to the cache (tcp on the cache&apos;s port), or remove the cache.</source>
        <translation>Enlace cada servidor de aplicaciones a la caché (tcp en el puerto de la caché), o quite la caché.</translation>
    </message>
    <message>
        <source>Only one cache</source>
        <translation>Una sola caché</translation>
    </message>
    <message>
        <source>When the only cache fails the site does not go down: the application asks the database directly. But every request then costs a database query, pages get slower and the database may not keep up with the load the cache used to take. It is not a single point of failure, it is a single point of slowness.</source>
        <translation>Cuando falla la única caché, el sitio no cae: la aplicación consulta directamente la base de datos. Pero cada petición cuesta entonces una consulta a la base de datos, las páginas se vuelven más lentas y la base de datos puede no soportar la carga que absorbía la caché. No es un punto único de fallo, es un punto único de lentitud.</translation>
    </message>
    <message>
        <source>Add a second cache on another server (a Redis replica, or a second Memcached the application spreads its keys over) and link the application servers to both.</source>
        <translation>Añada una segunda caché en otro servidor (una réplica de Redis, o un segundo Memcached entre los que la aplicación reparte sus claves) y enlace los servidores de aplicaciones a ambas.</translation>
    </message>
</context>
<context>
    <name>sw::SqliteStore</name>
    <message>
        <source>the file is damaged: %1</source>
        <translation>el archivo está dañado: %1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>it is a folder, not a Stackwright file</source>
        <translation>es una carpeta, no un archivo de Stackwright</translation>
    </message>
    <message>
        <source>cannot open it: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>the file is empty, it is not a Stackwright design</source>
        <translation>el archivo está vacío, no es un diseño de Stackwright</translation>
    </message>
    <message>
        <source>not a Stackwright file: it is not an SQLite database (it looks like JSON: give it the .json extension)</source>
        <translation>no es un archivo de Stackwright: no es una base de datos SQLite (parece JSON: dele la extensión .json)</translation>
    </message>
    <message>
        <source>not a Stackwright file: it is not an SQLite database</source>
        <translation>no es un archivo de Stackwright: no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>the file is damaged: its header is cut short</source>
        <translation>el archivo está dañado: su cabecera está cortada</translation>
    </message>
    <message>
        <source>not a Stackwright file: it is an SQLite database of another program</source>
        <translation>no es un archivo de Stackwright: es una base de datos SQLite de otro programa</translation>
    </message>
    <message>
        <source>not a Stackwright file: its SQLite application id is %1, Stackwright&apos;s is %2</source>
        <translation>no es un archivo de Stackwright: su id de aplicación SQLite es %1, el de Stackwright es %2</translation>
    </message>
    <message>
        <source>an interrupted save left it unfinished and it cannot be restored: %1</source>
        <translation>un guardado interrumpido lo dejó a medias y no se puede restaurar: %1</translation>
    </message>
    <message>
        <source>this file was made by a newer Stackwright (file schema version %1; this one reads up to version %2)</source>
        <translation>este archivo lo creó un Stackwright más reciente (versión de esquema de archivo %1; este lee hasta la versión %2)</translation>
    </message>
    <message>
        <source>the file is damaged: its schema version is %1</source>
        <translation>el archivo está dañado: su versión de esquema es %1</translation>
    </message>
    <message>
        <source>simulated failure while storing the nodes</source>
        <translation>fallo simulado al guardar los nodos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria agotada</translation>
    </message>
    <message>
        <source>cannot save it: %1</source>
        <translation>no se puede guardar: %1</translation>
    </message>
    <message>
        <source>cannot write it: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>simulated failure while writing the file</source>
        <translation>fallo simulado al escribir el archivo</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;, field &quot;props&quot;: not a JSON object</source>
        <translation>nodo &quot;%1&quot;, campo &quot;props&quot;: no es un objeto JSON</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;, field &quot;props.%2&quot;: must be a string, a number, a boolean or an array of strings</source>
        <translation>nodo &quot;%1&quot;, campo &quot;props.%2&quot;: debe ser una cadena, un número, un booleano o un array de cadenas</translation>
    </message>
    <message>
        <source>no migration from schema version %1</source>
        <translation>no hay migración desde la versión de esquema %1</translation>
    </message>
    <message>
        <source>cannot upgrade it from schema version %1 to %2: %3</source>
        <translation>no se puede actualizar de la versión de esquema %1 a %2: %3</translation>
    </message>
    <message>
        <source>the file is damaged: it holds no design</source>
        <translation>el archivo está dañado: no contiene ningún diseño</translation>
    </message>
    <message>
        <source>field &quot;profile&quot;: unknown profile &quot;%1&quot; (one of: %2)</source>
        <translation>campo &quot;profile&quot;: perfil &quot;%1&quot; desconocido (uno de: %2)</translation>
    </message>
    <message>
        <source>the file is damaged: its extensions are not a JSON object</source>
        <translation>el archivo está dañado: sus extensiones no son un objeto JSON</translation>
    </message>
    <message>
        <source>unknown top-level field &quot;%1&quot;</source>
        <translation>campo de primer nivel &quot;%1&quot; desconocido</translation>
    </message>
    <message>
        <source>node #%1, field &quot;id&quot;: &quot;%2&quot; is not a valid id</source>
        <translation>nodo n.º %1, campo &quot;id&quot;: &quot;%2&quot; no es un id válido</translation>
    </message>
    <message>
        <source>%1, field &quot;kind&quot;: unknown kind &quot;%2&quot;</source>
        <translation>%1, campo &quot;kind&quot;: tipo &quot;%2&quot; desconocido</translation>
    </message>
    <message>
        <source>%1, field &quot;id&quot;: the id is used twice</source>
        <translation>%1, campo &quot;id&quot;: el id se usa dos veces</translation>
    </message>
    <message>
        <source>the file is damaged: property &quot;%1&quot; belongs to no node (&quot;%2&quot;)</source>
        <translation>el archivo está dañado: la propiedad &quot;%1&quot; no pertenece a ningún nodo (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1, field &quot;props.%2&quot;: the stored value is damaged</source>
        <translation>%1, campo &quot;props.%2&quot;: el valor guardado está dañado</translation>
    </message>
    <message>
        <source>link #%1, field &quot;id&quot;: &quot;%2&quot; is not a valid id</source>
        <translation>enlace n.º %1, campo &quot;id&quot;: &quot;%2&quot; no es un id válido</translation>
    </message>
    <message>
        <source>%1, field &quot;protocol&quot;: unknown protocol &quot;%2&quot;</source>
        <translation>%1, campo &quot;protocol&quot;: protocolo &quot;%2&quot; desconocido</translation>
    </message>
    <message>
        <source>%1, field &quot;port&quot;: %2 is out of range (1 to 65535)</source>
        <translation>%1, campo &quot;port&quot;: %2 está fuera de rango (1 a 65535)</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (y %n problema más)</numerusform>
            <numerusform>(y %n problemas más)</numerusform>
        </translation>
    </message>
    <message>
        <source>not a Stackwright file: it holds a %1 named &quot;%2&quot; (a Stackwright file holds tables only)</source>
        <translation>no es un archivo de Stackwright: contiene un objeto %1 llamado &quot;%2&quot; (un archivo de Stackwright solo contiene tablas)</translation>
    </message>
    <message>
        <source>not a Stackwright file: it holds a table &quot;%1&quot; that schema version %2 does not have</source>
        <translation>no es un archivo de Stackwright: contiene una tabla &quot;%1&quot; que la versión de esquema %2 no tiene</translation>
    </message>
    <message>
        <source>the file is damaged: the table &quot;%1&quot; is missing</source>
        <translation>el archivo está dañado: falta la tabla &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the file is damaged: the table &quot;%1&quot; has the columns (%2), expected (%3)</source>
        <translation>el archivo está dañado: la tabla &quot;%1&quot; tiene las columnas (%2) en lugar de (%3)</translation>
    </message>
    <message>
        <source>the file is damaged: it holds %1 design rows, a Stackwright file holds exactly one</source>
        <translation>el archivo está dañado: contiene %1 filas de diseño, cuando un archivo de Stackwright contiene exactamente una</translation>
    </message>
    <message>
        <source>an interrupted save left a journal beside it and a copy to restore it in cannot be made in %1</source>
        <translation>un guardado interrumpido dejó un diario junto al archivo y no se puede crear en %1 una copia en la que restaurarlo</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: the stored coordinate is not a number</source>
        <translation>%1, campo &quot;%2&quot;: la coordenada almacenada no es un número</translation>
    </message>
    <message>
        <source>%1, field &quot;port&quot;: the stored port is not a whole number</source>
        <translation>%1, campo &quot;port&quot;: el puerto almacenado no es un número entero</translation>
    </message>
</context>
<context>
    <name>sw::StartPage</name>
    <message>
        <source>Welcome to Stackwright</source>
        <translation>Bienvenido a Stackwright</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Start a design&lt;/h2&gt;&lt;p&gt;Begin with an empty canvas and drag boxes from the palette, or start from one of the designs below.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Empezar un diseño&lt;/h2&gt;&lt;p&gt;Empiece con un lienzo vacío y arrastre cajas desde la paleta, o parta de uno de los diseños de abajo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Empty design</source>
        <translation>Diseño &amp;vacío</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Abrir un archivo…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Templates&lt;/b&gt; (double-click to start from one)</source>
        <translation>&lt;b&gt;Plantillas&lt;/b&gt; (doble clic para empezar desde una)</translation>
    </message>
    <message>
        <source>Start from the template &quot;%1&quot;</source>
        <translation>Empezar desde la plantilla &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Archivos recientes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no recent files yet)</source>
        <translation>(aún no hay archivos recientes)</translation>
    </message>
</context>
<context>
    <name>sw::SvgExporter</name>
    <message>
        <source>Made with Stackwright</source>
        <translation>Hecho con Stackwright</translation>
    </message>
    <message>
        <source>the SVG could not be generated</source>
        <translation>no se pudo generar el SVG</translation>
    </message>
</context>
<context>
    <name>sw::Templates</name>
    <message>
        <source>no built-in template is called &quot;%1&quot; (there are: %2)</source>
        <translation>ninguna plantilla integrada se llama &quot;%1&quot; (hay: %2)</translation>
    </message>
    <message>
        <source>built-in template &quot;%1&quot;: %2</source>
        <translation>plantilla integrada &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>sw::Verify</name>
    <message>
        <source>%1 is a network firewall: the lab gives it a namespace but routes no traffic through it yet, so failing it there proves nothing</source>
        <translation>%1 es un cortafuegos de red: el laboratorio le asigna un espacio de nombres pero todavía no encamina tráfico a través de él, así que hacerlo fallar allí no demuestra nada</translation>
    </message>
    <message>
        <source>the lab could not fail %1: %2</source>
        <translation>el laboratorio no pudo hacer fallar %1: %2</translation>
    </message>
    <message>
        <source>the probe from the users&apos; namespace failed: %1</source>
        <translation>la sonda desde el espacio de nombres de los usuarios falló: %1</translation>
    </message>
    <message>
        <source>reads %1, writes %2 after %3 s: %4</source>
        <translation>lecturas %1, escrituras %2 tras %3 s: %4</translation>
    </message>
    <message>
        <source>a lab of another design (&quot;%1&quot;) is running here: stop it first with: stackwright-cli lab down</source>
        <translation>un laboratorio de otro diseño (&quot;%1&quot;) está en marcha aquí: deténgalo primero con: stackwright-cli lab down</translation>
    </message>
    <message>
        <source>the lab of this design was already running: it was used and is left running</source>
        <translation>el laboratorio de este diseño ya estaba en marcha: se ha utilizado y se deja en marcha</translation>
    </message>
    <message>
        <source>%1 holds part of a lab (a crash?): remove it first with: stackwright-cli lab down</source>
        <translation>%1 contiene parte de un laboratorio (¿un fallo?): elimínelo primero con: stackwright-cli lab down</translation>
    </message>
    <message>
        <source>bringing the lab up</source>
        <translation>levantando el laboratorio</translation>
    </message>
    <message>
        <source>lab: %1 %2</source>
        <translation>laboratorio: %1 %2</translation>
    </message>
    <message>
        <source>lab</source>
        <translation>laboratorio</translation>
    </message>
    <message>
        <source>the design has no DNS record pointing at the stack: the lab has nothing to send requests to</source>
        <translation>el diseño no tiene ningún registro DNS que apunte a la pila: el laboratorio no tiene adónde enviar peticiones</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>probing with nothing failed</source>
        <translation>sondeando sin ningún fallo</translation>
    </message>
    <message>
        <source>failing %1, probing, healing</source>
        <translation>haciendo fallar %1, sondeando, restableciendo</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>bringing the lab down</source>
        <translation>deteniendo el laboratorio</translation>
    </message>
    <message>
        <source>lab down failed: %1</source>
        <translation>falló la detención del laboratorio: %1</translation>
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
        <source>unstable</source>
        <translation>inestable</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>no comprobado</translation>
    </message>
    <message>
        <source>the write was answered by %1, which is not a primary database</source>
        <translation>la escritura fue respondida por %1, que no es una base de datos primaria</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>ninguna base de datos</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>the lab could not check this candidate</source>
        <translation>el laboratorio no pudo comprobar este candidato</translation>
    </message>
    <message>
        <source>with nothing failed</source>
        <translation>sin ningún fallo</translation>
    </message>
    <message>
        <source>with %1 failed</source>
        <translation>con %1 fuera de servicio</translation>
    </message>
    <message>
        <source>%1, %2 were served only some of the time once the failure had settled (a defect of the bundles: the failover does not hold)</source>
        <translation>%1, las %2 solo se sirvieron parte del tiempo una vez estabilizado el fallo (un defecto de los paquetes: la conmutación por error no se mantiene)</translation>
    </message>
    <message>
        <source>%1, %2 predicts %3 %4, the lab %5 (a defect of %2, or of the bundles)</source>
        <translation>%1, %2 predice %3 %4, el laboratorio %5 (un defecto de %2, o de los paquetes)</translation>
    </message>
    <message>
        <source>served</source>
        <translation>servidas</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>no servidas</translation>
    </message>
    <message>
        <source>served them</source>
        <translation>las sirvió</translation>
    </message>
    <message>
        <source>did not serve them</source>
        <translation>no las sirvió</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>lecturas</translation>
    </message>
    <message>
        <source>the validator (SPOF)</source>
        <translation>el validador (SPOF)</translation>
    </message>
    <message>
        <source>the what-if analysis</source>
        <translation>la simulación de fallos</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>escrituras</translation>
    </message>
    <message>
        <source>the validator (SPOF: %1) and the what-if analysis (reads served: %2) disagree with each other</source>
        <translation>el validador (SPOF: %1) y la simulación de fallos (lecturas servidas: %2) no coinciden entre sí</translation>
    </message>
    <message>
        <source>after healing %1 the stack did not serve again: %2</source>
        <translation>tras restablecer %1, la pila no volvió a dar servicio: %2</translation>
    </message>
</context>
<context>
    <name>sw::WhatIf</name>
    <message>
        <source>&quot;%1&quot; is a link: only nodes can fail</source>
        <translation>&quot;%1&quot; es un enlace: solo los nodos pueden fallar</translation>
    </message>
    <message>
        <source>unknown node id &quot;%1&quot;</source>
        <translation>id de nodo &quot;%1&quot; desconocido</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is not inside a server, so it cannot fail on its own</source>
        <translation>el nodo &quot;%1&quot; no está dentro de un servidor, así que no puede fallar por sí solo</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; (%2) cannot fail: only servers, network firewalls, services and cluster members are failure candidates</source>
        <translation>el nodo &quot;%1&quot; (%2) no puede fallar: solo los servidores, los cortafuegos de red, los servicios y los miembros de clúster pueden fallar</translation>
    </message>
    <message>
        <source>Reads are still served (by %1), but no database accepts writes: a replica does not become the primary by itself. Promote it by hand, or add automatic failover.</source>
        <translation>Las lecturas se siguen sirviendo (por %1), pero ninguna base de datos acepta escrituras: una réplica no se convierte en primaria por sí sola. Promuévala a mano, o añada una conmutación automática.</translation>
    </message>
</context>
<context>
    <name>sw::WhatIfPanel</name>
    <message>
        <source>What-if mode: mark nodes as failed</source>
        <translation>Modo de simulación de fallos: marcar nodos como caídos</translation>
    </message>
    <message>
        <source>While on, failed nodes are greyed out and the surviving request paths are drawn. The design itself never changes.</source>
        <translation>Mientras está activo, los nodos caídos se muestran en gris y se dibujan las rutas de peticiones que sobreviven. El diseño en sí nunca cambia.</translation>
    </message>
    <message>
        <source>Fail selected</source>
        <translation>Hacer fallar la selección</translation>
    </message>
    <message>
        <source>Restore all</source>
        <translation>Restablecer todo</translation>
    </message>
    <message>
        <source>Double-click a node to bring it back</source>
        <translation>Haga doble clic en un nodo para restablecerlo</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Cargar</translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation>Guardar como...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Escenario:</translation>
    </message>
    <message>
        <source>Failed nodes:</source>
        <translation>Nodos caídos:</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Guardar el escenario</translation>
    </message>
    <message>
        <source>Name of the scenario:</source>
        <translation>Nombre del escenario:</translation>
    </message>
    <message>
        <source>Select the servers, services or firewalls to fail first.</source>
        <translation>Seleccione primero los servidores, servicios o cortafuegos que harán fallar.</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot;: %2</source>
        <translation>Escenario &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Switch what-if mode on, then fail nodes with &quot;Fail selected&quot; or the canvas&apos;s context menu.</source>
        <translation>Active el modo de simulación de fallos y luego haga fallar nodos con &quot;Hacer fallar la selección&quot; o el menú contextual del lienzo.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b style=&apos;color:#2e7d32&apos;&gt;Requests still get through.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b style=&apos;color:#2e7d32&apos;&gt;Las peticiones siguen pasando.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b style=&apos;color:#c62828&apos;&gt;No request gets through.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b style=&apos;color:#c62828&apos;&gt;Ninguna petición pasa.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Users still served: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Usuarios aún atendidos: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Users who cannot be served: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Usuarios que no se pueden atender: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Availability with these failures: &lt;b&gt;%1&lt;/b&gt; (normally %2)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Disponibilidad con estos fallos: &lt;b&gt;%1&lt;/b&gt; (normalmente %2)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b style=&apos;color:#e65100&apos;&gt;Writes do not get through.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b style=&apos;color:#e65100&apos;&gt;Las escrituras no llegan.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sw::cli</name>
    <message>
        <source>new --template NAME --output FILE   a design from a built-in template</source>
        <translation>new --template NAME --output FILE   un diseño a partir de una plantilla integrada</translation>
    </message>
    <message>
        <source>convert IN OUT                      JSON to .stackwright and back</source>
        <translation>convert IN OUT                      de JSON a .stackwright y al revés</translation>
    </message>
    <message>
        <source>info FILE                           a one-screen summary</source>
        <translation>info FILE                           un resumen en una pantalla</translation>
    </message>
    <message>
        <source>validate FILE [--profile P] [--format text|json]</source>
        <translation>validate FILE [--profile P] [--format text|json]</translation>
    </message>
    <message>
        <source>export FILE --format F --output PATH  png|svg|pdf|dot|report|shell|ansible</source>
        <translation>export FILE --format F --output PATH  png|svg|pdf|dot|report|shell|ansible</translation>
    </message>
    <message>
        <source>deploy FILE [--dry-run|--check] [--host ID]... [--identity KEY] [--known-hosts FILE] [--jobs N]</source>
        <translation>deploy FILE [--dry-run|--check] [--host ID]... [--identity KEY] [--known-hosts FILE] [--jobs N]</translation>
    </message>
    <message>
        <source>analyse FILE [--fail ID]... [--format text|json]</source>
        <translation>analyse FILE [--fail ID]... [--format text|json]</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;</source>
        <translation>error: comando &quot;%1&quot; desconocido</translation>
    </message>
    <message>
        <source>Design: %1</source>
        <translation>Diseño: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Caídos: %1</translation>
    </message>
    <message>
        <source>Requests reach a database: yes</source>
        <translation>Las peticiones llegan a una base de datos: sí</translation>
    </message>
    <message>
        <source>Requests reach a database: no</source>
        <translation>Las peticiones llegan a una base de datos: no</translation>
    </message>
    <message>
        <source>Availability: %1 (%2 nines, %3)</source>
        <translation>Disponibilidad: %1 (%2 nueves, %3)</translation>
    </message>
    <message>
        <source>Expected downtime: %1 per month, %2 per year</source>
        <translation>Tiempo de inactividad esperado: %1 al mes, %2 al año</translation>
    </message>
    <message>
        <source>Users still served: %1</source>
        <translation>Usuarios aún atendidos: %1</translation>
    </message>
    <message>
        <source>Users not served: %1</source>
        <translation>Usuarios no atendidos: %1</translation>
    </message>
    <message>
        <source>Load: %1 req/s</source>
        <translation>Carga: %1 pet/s</translation>
    </message>
    <message>
        <source>Bottleneck: %1</source>
        <translation>Cuello de botella: %1</translation>
    </message>
    <message>
        <source>error: --fail: %1</source>
        <translation>error: --fail: %1</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>opción &quot;%1&quot; desconocida</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the output must end in .json or .stackwright</source>
        <translation>%1: la salida debe terminar en .json o .stackwright</translation>
    </message>
    <message>
        <source>%1: IN and OUT are the same file</source>
        <translation>%1: IN y OUT son el mismo archivo</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 nodes, %3 links).</source>
        <translation>%1 escrito (%2 nodos, %3 enlaces).</translation>
    </message>
    <message>
        <source>--jobs must be a number from 1 to 64, not &quot;%1&quot;</source>
        <translation>--jobs debe ser un número de 1 a 64, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds, not &quot;%1&quot;</source>
        <translation>--timeout debe ser un número de segundos, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--connect-timeout must be a number of seconds from 1 to 600, not &quot;%1&quot;</source>
        <translation>--connect-timeout debe ser un número de segundos de 1 a 600, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opción %1 desconocida</translation>
    </message>
    <message>
        <source>no design file given</source>
        <translation>no se ha indicado ningún archivo de diseño</translation>
    </message>
    <message>
        <source>--dry-run and --check cannot be combined</source>
        <translation>--dry-run y --check no se pueden combinar</translation>
    </message>
    <message>
        <source>the key file %1 does not exist</source>
        <translation>el archivo de clave %1 no existe</translation>
    </message>
    <message>
        <source>the bundle folder %1 does not exist</source>
        <translation>la carpeta del paquete %1 no existe</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>no se puede crear una carpeta temporal: %1</translation>
    </message>
    <message>
        <source>note: %1; checking against the design only</source>
        <translation>nota: %1; comprobando solo con el diseño</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is not known:
  %3 %4
Trust it and remember it (yes/no)? </source>
        <translation>La clave de host de %1 (%2) no es conocida:
  %3 %4
¿Confiar en ella y recordarla (responda yes o no)? </translation>
    </message>
    <message>
        <source>cancelling: stopping the remote commands...</source>
        <translation>cancelando: deteniendo los comandos remotos...</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2: %n server(s)</source>
        <translation>
            <numerusform>%1 de %2: %n servidor</numerusform>
            <numerusform>%1 de %2: %n servidores</numerusform>
        </translation>
    </message>
    <message>
        <source>error: nothing to deploy</source>
        <translation>error: nada que desplegar</translation>
    </message>
    <message>
        <source>Summary (%1): %2</source>
        <translation>Resumen (%1): %2</translation>
    </message>
    <message>
        <source>error: a host key was refused; see above (use --yes-new-host-keys or answer yes to trust a new server; never for a changed key)</source>
        <translation>error: se rechazó una clave de host; vea arriba (use --yes-new-host-keys o responda yes para confiar en un servidor nuevo; nunca para una clave cambiada)</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 escrito</translation>
    </message>
    <message>
        <source>--output PATH is missing</source>
        <translation>falta --output PATH</translation>
    </message>
    <message>
        <source>--scale must be a number from 0.05 to 20, not &quot;%1&quot;</source>
        <translation>--scale debe ser un número de 0.05 a 20, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--dpi must be a whole number from 10 to 2400, not &quot;%1&quot;</source>
        <translation>--dpi debe ser un número entero de 10 a 2400, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--background must be white or transparent, not &quot;%1&quot;</source>
        <translation>--background debe ser white o transparent, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter, not &quot;%1&quot;</source>
        <translation>--paper debe ser a4 o letter, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>error: %1: %2</translation>
    </message>
    <message>
        <source>Score: %1 / 100 (%2 of %3 requirements of &quot;%4&quot; met)</source>
        <translation>Puntuación: %1 / 100 (%2 de %3 requisitos de &quot;%4&quot; cumplidos)</translation>
    </message>
    <message>
        <source>  hint: %1</source>
        <translation>  pista: %1</translation>
    </message>
    <message>
        <source>Design:   %1</source>
        <translation>Diseño:   %1</translation>
    </message>
    <message>
        <source>Profile:  %1</source>
        <translation>Perfil:   %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Format:   %1</source>
        <translation>Formato:  %1</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Stackwright (SQLite)</source>
        <translation>Stackwright (SQLite)</translation>
    </message>
    <message>
        <source>Nodes:    %1</source>
        <translation>Nodos:    %1</translation>
    </message>
    <message>
        <source>Links:    %1</source>
        <translation>Enlaces:  %1</translation>
    </message>
    <message>
        <source>Servers:  %1</source>
        <translation>Servidores: %1</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>host %1</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>sin dirección</translation>
    </message>
    <message>
        <source>(nothing runs on it)</source>
        <translation>(no se ejecuta nada en él)</translation>
    </message>
    <message>
        <source>Cluster:  %1 = %2 (%3)</source>
        <translation>Clúster:  %1 = %2 (%3)</translation>
    </message>
    <message>
        <source>--template NAME is missing</source>
        <translation>falta --template NAME</translation>
    </message>
    <message>
        <source>--output FILE is missing</source>
        <translation>falta --output FILE</translation>
    </message>
    <message>
        <source>Wrote %1 from template &quot;%2&quot; (%3 nodes, %4 links).</source>
        <translation>%1 escrito a partir de la plantilla &quot;%2&quot; (%3 nodos, %4 enlaces).</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>%1 and %2 are missing</source>
        <translation>faltan %1 y %2</translation>
    </message>
    <message>
        <source>Availability, reachability, tiers and capacity, with failures; exit 0 requests reach a database, 1 none can, 2 bad input.</source>
        <translation>Disponibilidad, accesibilidad, capas y capacidad, teniendo en cuenta los fallos; código de salida 0: las solicitudes llegan a una base de datos, 1: ninguna puede, 2: entrada no válida.</translation>
    </message>
    <message>
        <source>a design (.json, .stackwright, or - for standard input)</source>
        <translation>un diseño (.json, .stackwright o - para la entrada estándar)</translation>
    </message>
    <message>
        <source>a node that has failed (repeatable)</source>
        <translation>un nodo que ha fallado (repetible)</translation>
    </message>
    <message>
        <source>text (default) or json</source>
        <translation>text (por defecto) o json</translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;</source>
        <translation>--format debe ser text o json, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Converts between the JSON format (.json) and the native file (.stackwright), by extension.</source>
        <translation>Convierte entre el formato JSON (.json) y el archivo nativo (.stackwright), según la extensión.</translation>
    </message>
    <message>
        <source>the design to read (- for standard input)</source>
        <translation>el diseño que se va a leer (- para la entrada estándar)</translation>
    </message>
    <message>
        <source>the file to write (- for JSON on standard output)</source>
        <translation>el archivo que se va a escribir (- para JSON en la salida estándar)</translation>
    </message>
    <message>
        <source>connect, upload, bash -n every script, compare the OS; change nothing</source>
        <translation>conectar, subir, bash -n en cada script, comparar el sistema operativo; no cambiar nada</translation>
    </message>
    <message>
        <source>read-only: compare services, ports and firewall with the design</source>
        <translation>solo lectura: comparar servicios, puertos y cortafuegos con el diseño</translation>
    </message>
    <message>
        <source>only this server (repeatable)</source>
        <translation>solo este servidor (repetible)</translation>
    </message>
    <message>
        <source>private key file (default: the ssh agent, then ~/.ssh keys)</source>
        <translation>archivo de clave privada (por defecto: el agente ssh y después las claves de ~/.ssh)</translation>
    </message>
    <message>
        <source>known-hosts file (default: ~/.ssh/known_hosts)</source>
        <translation>archivo de hosts conocidos (por defecto: ~/.ssh/known_hosts)</translation>
    </message>
    <message>
        <source>servers of one tier deployed at the same time (default 4)</source>
        <translation>servidores de una misma capa desplegados a la vez (por defecto 4)</translation>
    </message>
    <message>
        <source>ssh user for every server instead of the design&apos;s ssh_user</source>
        <translation>usuario ssh para todos los servidores en lugar del ssh_user del diseño</translation>
    </message>
    <message>
        <source>trust unknown host keys (a changed key is always refused)</source>
        <translation>confiar en las claves de host desconocidas (una clave modificada siempre se rechaza)</translation>
    </message>
    <message>
        <source>go on with the next servers after a failure</source>
        <translation>continuar con los siguientes servidores tras un fallo</translation>
    </message>
    <message>
        <source>the whole run of one server (default 3600)</source>
        <translation>la ejecución completa de un servidor (por defecto 3600)</translation>
    </message>
    <message>
        <source>each remote command (default 900); a line every minute names the one running</source>
        <translation>cada comando remoto (por defecto 900); una línea cada minuto indica el que está en ejecución</translation>
    </message>
    <message>
        <source>time allowed to connect (default 15)</source>
        <translation>tiempo permitido para conectar (por defecto 15)</translation>
    </message>
    <message>
        <source>deploy this shell bundle instead of generating one</source>
        <translation>desplegar este paquete shell en lugar de generar uno</translation>
    </message>
    <message>
        <source>--command-timeout must be a number of seconds, not &quot;%1&quot;</source>
        <translation>--command-timeout debe ser un número de segundos, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>note: the stack&apos;s private CA is kept in %1</source>
        <translation>nota: la CA privada de la pila se guarda en %1</translation>
    </message>
    <message>
        <source>Runs the design&apos;s shell bundle over SSH; exit 0 all servers succeeded, 1 one failed, 2 bad input or an unknown or changed host key.</source>
        <translation>Ejecuta el paquete shell del diseño por SSH; código de salida 0: todos los servidores se completaron correctamente, 1: uno falló, 2: entrada no válida o clave de host desconocida o modificada.</translation>
    </message>
    <message>
        <source>The changes from OLD to NEW and what they do; exit 0 the same, 1 they differ, 2 bad input.</source>
        <translation>Los cambios de OLD a NEW y sus efectos; código de salida 0: iguales, 1: diferentes, 2: entrada no válida.</translation>
    </message>
    <message>
        <source>the design before (with --textconv: the design to print)</source>
        <translation>el diseño anterior (con --textconv: el diseño que se va a mostrar)</translation>
    </message>
    <message>
        <source>the design after</source>
        <translation>el diseño posterior</translation>
    </message>
    <message>
        <source>text (default), json or markdown</source>
        <translation>text (por defecto), json o markdown</translation>
    </message>
    <message>
        <source>list the nodes moved on the canvas only</source>
        <translation>listar los nodos que solo se han movido en el lienzo</translation>
    </message>
    <message>
        <source>print OLD&apos;s stable text form, for git diff</source>
        <translation>mostrar la forma de texto estable de OLD, para git diff</translation>
    </message>
    <message>
        <source>--textconv takes one FILE</source>
        <translation>--textconv admite un solo FILE</translation>
    </message>
    <message>
        <source>OLD and NEW are needed</source>
        <translation>se requieren OLD y NEW</translation>
    </message>
    <message>
        <source>--format must be text, json or markdown, not &quot;%1&quot;</source>
        <translation>--format debe ser text, json o markdown, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the file (or bundle folder) to write; - for standard output (not for bundles)</source>
        <translation>el archivo (o carpeta de paquete) que se escribirá; - para la salida estándar (no para paquetes)</translation>
    </message>
    <message>
        <source>the bundle folder to write</source>
        <translation>la carpeta de paquete que se escribirá</translation>
    </message>
    <message>
        <source>white (default) or transparent</source>
        <translation>white (predeterminado) o transparent</translation>
    </message>
    <message>
        <source>export only these nodes (and what they contain)</source>
        <translation>exportar solo estos nodos (y su contenido)</translation>
    </message>
    <message>
        <source>Writes a picture, a DOT file, a report, a folder of shell scripts or an Ansible project.</source>
        <translation>Escribe una imagen, un archivo DOT, un informe, una carpeta de scripts de shell o un proyecto de Ansible.</translation>
    </message>
    <message>
        <source>Writes a folder of shell scripts or an Ansible project.</source>
        <translation>Escribe una carpeta de scripts de shell o un proyecto de Ansible.</translation>
    </message>
    <message>
        <source>--output DIR is missing</source>
        <translation>falta --output DIR</translation>
    </message>
    <message>
        <source>a bundle is a folder; it cannot go to standard output</source>
        <translation>un paquete es una carpeta; no puede enviarse a la salida estándar</translation>
    </message>
    <message>
        <source>Writes a picture, a DOT file or a report of the design.</source>
        <translation>Escribe una imagen, un archivo DOT o un informe del diseño.</translation>
    </message>
    <message>
        <source>--layout must be auto, always or never, not &quot;%1&quot;</source>
        <translation>--layout debe ser auto, always o never, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>note: laid out %1 node(s) with Graphviz (%2) in %3 ms (--layout never skips this)</source>
        <translation>nota: se distribuyeron %1 nodo(s) con Graphviz (%2) en %3 ms (--layout never omite este paso)</translation>
    </message>
    <message>
        <source>note: the Graphviz layout failed (%1); nodes without a position were stacked in columns</source>
        <translation>nota: falló la distribución con Graphviz (%1); los nodos sin posición se apilaron en columnas</translation>
    </message>
    <message>
        <source>Grades a submission against a teacher&apos;s activity; exit 0 every requirement met, 1 some unmet, 2 bad input.</source>
        <translation>Califica una entrega según la actividad de un docente; código de salida 0 si se cumplen todos los requisitos, 1 si falta alguno, 2 si la entrada no es válida.</translation>
    </message>
    <message>
        <source>the activity design</source>
        <translation>el diseño de la actividad</translation>
    </message>
    <message>
        <source>the student&apos;s design (- for standard input)</source>
        <translation>el diseño del estudiante (- para la entrada estándar)</translation>
    </message>
    <message>
        <source>a model answer: say what the submission misses compared with it</source>
        <translation>una solución modelo: indicar qué le falta a la entrega en comparación con ella</translation>
    </message>
    <message>
        <source>only one of ACTIVITY and SUBMISSION can be standard input</source>
        <translation>solo uno de ACTIVITY y SUBMISSION puede ser la entrada estándar</translation>
    </message>
    <message>
        <source>A one-screen summary: name, profile, counts by kind, each server and what runs on it, links.</source>
        <translation>Un resumen en una pantalla: nombre, perfil, recuento por tipo, cada servidor y lo que se ejecuta en él, enlaces.</translation>
    </message>
    <message>
        <source>lab</source>
        <translation>lab</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>done</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>what was started stays for a look; remove it with: stackwright-cli lab down</source>
        <translation>lo que se inició se conserva para su inspección; elimínelo con: stackwright-cli lab down</translation>
    </message>
    <message>
        <source>the lab is up in %1 s (CPU %2 s); see: stackwright-cli lab status</source>
        <translation>el laboratorio se inició en %1 s (CPU %2 s); consulte: stackwright-cli lab status</translation>
    </message>
    <message>
        <source>Lab of &quot;%1&quot;, servers as %2; %3 -&gt; %4, held by %5</source>
        <translation>Laboratorio de &quot;%1&quot;, servidores como %2; %3 -&gt; %4, titular: %5</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>not in the lab</source>
        <translation>fuera del laboratorio</translation>
    </message>
    <message>
        <source>up</source>
        <translation>en servicio</translation>
    </message>
    <message>
        <source>down</source>
        <translation>fuera de servicio</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>  [holds the virtual address]</source>
        <translation>  [tiene la dirección virtual]</translation>
    </message>
    <message>
        <source>      files: %1 checked, %2 differ from the bundle %3
</source>
        <translation>      archivos: %1 comprobados, %2 difieren del paquete %3
</translation>
    </message>
    <message>
        <source>%1 of %2 requests answered 200 (%3 %); median %4 ms</source>
        <translation>%1 de %2 solicitudes respondidas con 200 (%3 %); mediana %4 ms</translation>
    </message>
    <message>
        <source>  %1 served by %2</source>
        <translation>  %1 atendidas por %2</translation>
    </message>
    <message>
        <source>  failed: status %1 %2%3</source>
        <translation>  fallo: estado %1 %2%3</translation>
    </message>
    <message>
        <source>unknown lab command &quot;%1&quot;</source>
        <translation>comando lab desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>  sudo stackwright-cli lab %1</source>
        <translation>  sudo stackwright-cli lab %1</translation>
    </message>
    <message>
        <source>the lab is down in %1 s: no namespace, link, mount or process of it is left</source>
        <translation>el laboratorio se detuvo en %1 s: no queda ningún espacio de nombres, enlace, montaje ni proceso suyo</translation>
    </message>
    <message>
        <source>lab exec needs a node, &quot;--&quot; and a command</source>
        <translation>lab exec requiere un nodo, &quot;--&quot; y un comando</translation>
    </message>
    <message>
        <source>%1: its daemons are stopped</source>
        <translation>%1: sus demonios están detenidos</translation>
    </message>
    <message>
        <source>%1: its daemons run again</source>
        <translation>%1: sus demonios vuelven a ejecutarse</translation>
    </message>
    <message>
        <source>Writes a design from a built-in template; FILE ends in .json or .stackwright.</source>
        <translation>Escribe un diseño a partir de una plantilla integrada; FILE termina en .json o .stackwright.</translation>
    </message>
    <message>
        <source>the template</source>
        <translation>la plantilla</translation>
    </message>
    <message>
        <source>Templates: %1</source>
        <translation>Plantillas: %1</translation>
    </message>
    <message>
        <source>Prints the rule catalog and the profiles.</source>
        <translation>Muestra el catálogo de reglas y los perfiles.</translation>
    </message>
    <message>
        <source>Checks a design against the rules and a profile; exit 0 no error finding, 1 errors, 2 bad input.</source>
        <translation>Comprueba un diseño según las reglas y un perfil; código de salida 0 sin hallazgos de error, 1 con errores, 2 si la entrada no es válida.</translation>
    </message>
    <message>
        <source>the spec profile (default: the design&apos;s own), or none</source>
        <translation>el perfil de especificación (predeterminado: el del propio diseño), o none</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot; (one of: %2, or none)</source>
        <translation>perfil desconocido &quot;%1&quot; (valores posibles: %2, o none)</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>(stackwright-cli %1 --help shows how to call it)</source>
        <translation>(stackwright-cli %1 --help muestra cómo invocarlo)</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>uso: %1</translation>
    </message>
    <message>
        <source>arguments:</source>
        <translation>argumentos:</translation>
    </message>
    <message>
        <source>options:</source>
        <translation>opciones:</translation>
    </message>
    <message>
        <source>error: standard input: %1</source>
        <translation>error: entrada estándar: %1</translation>
    </message>
    <message>
        <source>cannot keep a copy of it: %1</source>
        <translation>no se puede conservar una copia: %1</translation>
    </message>
    <message>
        <source>standard input: %1</source>
        <translation>entrada estándar: %1</translation>
    </message>
    <message>
        <source>error: %1: the output would overwrite the input %2; nothing was written, choose another output</source>
        <translation>error: %1: la salida sobrescribiría la entrada %2; no se escribió nada, elija otra salida</translation>
    </message>
    <message>
        <source>error: standard output: %1</source>
        <translation>error: salida estándar: %1</translation>
    </message>
    <message>
        <source>rules [--format text|json|markdown]  the rule catalog</source>
        <translation>rules [--format text|json|markdown]  el catálogo de reglas</translation>
    </message>
    <message>
        <source>grade ACTIVITY SUBMISSION [--model ANSWER] [--format text|json]</source>
        <translation>grade ACTIVITY SUBMISSION [--model ANSWER] [--format text|json]</translation>
    </message>
    <message>
        <source>lab up FILE | status | exec NODE -- CMD | fail NODE | heal NODE | probe | down</source>
        <translation>lab up FILE | status | exec NODE -- CMD | fail NODE | heal NODE | probe | down</translation>
    </message>
    <message>
        <source>diff OLD NEW [--format text|json|markdown] | diff --textconv FILE</source>
        <translation>diff OLD NEW [--format text|json|markdown] | diff --textconv FILE</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>changed (+%1 -%2 lines)</source>
        <translation>modificado (+%1 -%2 líneas)</translation>
    </message>
    <message>
        <source>changed (+%1 -%2 lines, was %3)</source>
        <translation>modificado (+%1 -%2 líneas, antes %3)</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>el diseño</translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation>Comparación de %1 con %2</translation>
    </message>
    <message>
        <source>The designs are the same.</source>
        <translation>Los diseños son idénticos.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s):</source>
        <translation>
            <numerusform>%n cambio:</numerusform>
            <numerusform>%n cambios:</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout only:</source>
        <translation>Solo disposición:</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) moved on the canvas only (--layout lists them).</source>
        <translation>
            <numerusform>%n nodo movido solo en el lienzo (--layout lo indica).</numerusform>
            <numerusform>%n nodos movidos solo en el lienzo (--layout los enumera).</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Hallazgos:</translation>
    </message>
    <message>
        <source>Availability: %1 → %2</source>
        <translation>Disponibilidad: %1 → %2</translation>
    </message>
    <message>
        <source>Single points of failure gained: %1</source>
        <translation>Puntos únicos de fallo añadidos: %1</translation>
    </message>
    <message>
        <source>Single points of failure lost: %1</source>
        <translation>Puntos únicos de fallo eliminados: %1</translation>
    </message>
    <message>
        <source>Shell bundle: not compared (%1)</source>
        <translation>Paquete shell: no comparado (%1)</translation>
    </message>
    <message>
        <source>Shell bundle files:</source>
        <translation>Archivos del paquete shell:</translation>
    </message>
    <message>
        <source>Design changes: %1 → %2</source>
        <translation>Cambios del diseño: %1 → %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) moved on the canvas only</source>
        <translation>
            <numerusform>%n nodo movido solo en el lienzo</numerusform>
            <numerusform>%n nodos movidos solo en el lienzo</numerusform>
        </translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Nines</source>
        <translation>Nueves</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodos</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>corregido</translation>
    </message>
    <message>
        <source>Shell bundle files</source>
        <translation>Archivos del paquete shell</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>usage: stackwright-cli COMMAND [OPTIONS] ...</source>
        <translation>uso: stackwright-cli COMMAND [OPTIONS] ...</translation>
    </message>
    <message>
        <source>       stackwright-cli COMMAND --help | --help | --version</source>
        <translation>       stackwright-cli COMMAND --help | --help | --version</translation>
    </message>
    <message>
        <source>commands:</source>
        <translation>comandos:</translation>
    </message>
    <message>
        <source>A file name - means standard input or output. Exit status: 0 success, 1 findings or a failure, 2 bad input.</source>
        <translation>El nombre de archivo - indica la entrada o la salida estándar. Código de salida: 0 éxito, 1 hallazgos o un fallo, 2 entrada no válida.</translation>
    </message>
    <message>
        <source>a %1 like %2</source>
        <translation>un %1 como %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>a %1 link from %2 to %3</source>
        <translation>un enlace %1 de %2 a %3</translation>
    </message>
    <message>
        <source>the %1 link from %2 to %3</source>
        <translation>el enlace %1 de %2 a %3</translation>
    </message>
    <message>
        <source>%1 (yours: %2)</source>
        <translation>%1 (en su diseño: %2)</translation>
    </message>
    <message>
        <source>Compared with the model answer:</source>
        <translation>En comparación con la solución modelo:</translation>
    </message>
    <message>
        <source>nothing missing</source>
        <translation>no falta nada</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>falta: %1</translation>
    </message>
    <message>
        <source>different (yours → the model answer&apos;s): %1</source>
        <translation>distinto (su diseño → la solución modelo): %1</translation>
    </message>
    <message>
        <source>not in the model answer: %1</source>
        <translation>no está en la solución modelo: %1</translation>
    </message>
    <message>
        <source>finding the model answer does not have: %1</source>
        <translation>hallazgo que la solución modelo no tiene: %1</translation>
    </message>
    <message>
        <source>availability: yours %1, the model answer&apos;s %2</source>
        <translation>disponibilidad: la suya %1, la de la solución modelo %2</translation>
    </message>
    <message>
        <source>Each lab command answers --help (-h), e.g. stackwright-cli lab probe --help.</source>
        <translation>Cada comando del laboratorio responde a --help (-h), por ejemplo stackwright-cli lab probe --help.</translation>
    </message>
    <message>
        <source>--%1 needs a number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 necesita un número de %2 a %3, no &quot;%4&quot;</translation>
    </message>
    <message>
        <source>Brings the design up as a lab: a network namespace per server, its bundle&apos;s script run inside it.</source>
        <translation>Levanta el diseño como laboratorio: un espacio de nombres de red por servidor, con el script de su paquete ejecutado dentro.</translation>
    </message>
    <message>
        <source>Every server of the running lab and its daemons, and who holds the virtual address.</source>
        <translation>Cada servidor del laboratorio en marcha y sus demonios, y quién tiene la dirección virtual.</translation>
    </message>
    <message>
        <source>also compare every file the bundle writes with the file on each server</source>
        <translation>comparar también cada archivo que escribe el paquete con el archivo de cada servidor</translation>
    </message>
    <message>
        <source>Requests from the users&apos; namespace to the design&apos;s domain, through its DNS record.</source>
        <translation>Solicitudes desde el espacio de nombres de los usuarios al dominio del diseño, a través de su registro DNS.</translation>
    </message>
    <message>
        <source>how many requests (default 10)</source>
        <translation>cuántas solicitudes (10 por defecto)</translation>
    </message>
    <message>
        <source>milliseconds between requests</source>
        <translation>milisegundos entre solicitudes</translation>
    </message>
    <message>
        <source>milliseconds one request may take</source>
        <translation>milisegundos que puede durar una solicitud</translation>
    </message>
    <message>
        <source>each request also writes a row</source>
        <translation>cada solicitud también escribe una fila</translation>
    </message>
    <message>
        <source>Stops the lab and removes every namespace, link, mount and process of it (also after a crash).</source>
        <translation>Detiene el laboratorio y elimina todos sus espacios de nombres, enlaces, montajes y procesos (también tras un fallo).</translation>
    </message>
    <message>
        <source>Runs a command inside a node&apos;s namespaces: lab exec NODE -- COMMAND...</source>
        <translation>Ejecuta un comando dentro de los espacios de nombres de un nodo: lab exec NODE -- COMMAND...</translation>
    </message>
    <message>
        <source>a server, &quot;users&quot; or a network firewall</source>
        <translation>un servidor, &quot;users&quot; o un cortafuegos de red</translation>
    </message>
    <message>
        <source>After NODE: &quot;--&quot; and the command with its arguments, e.g. lab exec users -- curl https://www.foobar.com/</source>
        <translation>Después de NODE: &quot;--&quot; y el comando con sus argumentos, por ejemplo lab exec users -- curl https://www.foobar.com/</translation>
    </message>
    <message>
        <source>Stops a server&apos;s daemons, as a crash would.</source>
        <translation>Detiene los demonios de un servidor, como lo haría una caída.</translation>
    </message>
    <message>
        <source>Starts a failed server&apos;s daemons again.</source>
        <translation>Vuelve a iniciar los demonios de un servidor caído.</translation>
    </message>
    <message>
        <source>the server&apos;s node id or host name</source>
        <translation>el id de nodo o el nombre de host del servidor</translation>
    </message>
    <message>
        <source>Writes reach a database that accepts them: yes</source>
        <translation>Las escrituras llegan a una base de datos que las acepta: sí</translation>
    </message>
    <message>
        <source>Writes reach a database that accepts them: no</source>
        <translation>Las escrituras llegan a una base de datos que las acepta: no</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>; without it, the extension of --output chooses</source>
        <translation>; sin él, la extensión de --output elige</translation>
    </message>
    <message>
        <source>pixels per scene unit (default 1)</source>
        <translation>píxeles por unidad de escena (1 por defecto)</translation>
    </message>
    <message>
        <source>resolution instead of --scale (96 = scale 1)</source>
        <translation>resolución en lugar de --scale (96 = escala 1)</translation>
    </message>
    <message>
        <source>a4 (default) or letter</source>
        <translation>a4 (por defecto) o letter</translation>
    </message>
    <message>
        <source>auto (default): lay out with Graphviz only when a node has no position; always: every node; never: keep the positions, nodes without one are stacked in columns</source>
        <translation>auto (por defecto): disposición con Graphviz solo cuando un nodo no tiene posición; always: todos los nodos; never: conservar las posiciones, los nodos sin posición se apilan en columnas</translation>
    </message>
    <message>
        <source>--format %1: the extension of PATH chooses the kind of file (.%2; .%3 on standard output).</source>
        <translation>--format %1: la extensión de PATH elige el tipo de archivo (.%2; .%3 en la salida estándar).</translation>
    </message>
    <message>
        <source>export needs --format with one of: %1 (the extension of &quot;%2&quot; names none)</source>
        <translation>export necesita --format con uno de: %1 (la extensión de &quot;%2&quot; no designa ninguno)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; --format takes one of: %2</source>
        <translation>formato desconocido &quot;%1&quot;; --format acepta uno de: %2</translation>
    </message>
    <message>
        <source>--format %1 writes .%2 files; &quot;%3&quot; has none of these extensions</source>
        <translation>--format %1 escribe archivos .%2; &quot;%3&quot; no tiene ninguna de estas extensiones</translation>
    </message>
    <message>
        <source>usage: stackwright-cli lab up FILE
       stackwright-cli lab status [--files] [--format text|json]
       stackwright-cli lab exec NODE -- COMMAND...
       stackwright-cli lab fail NODE | lab heal NODE
       stackwright-cli lab probe [--count N] [--interval MS] [--write] [--http] [--format text|json]
       stackwright-cli lab verify FILE [--format text|json] [--keep]
       stackwright-cli lab down
The lab runs the design&apos;s servers in network namespaces on this machine (root needed).
</source>
        <translation>uso: stackwright-cli lab up FILE
     stackwright-cli lab status [--files] [--format text|json]
     stackwright-cli lab exec NODE -- COMMAND...
     stackwright-cli lab fail NODE | lab heal NODE
     stackwright-cli lab probe [--count N] [--interval MS] [--write] [--http] [--format text|json]
     stackwright-cli lab verify FILE [--format text|json] [--keep]
     stackwright-cli lab down
El laboratorio ejecuta los servidores del diseño en espacios de nombres de red en esta máquina (se requiere root).
</translation>
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
        <source>Predictions checked in the lab of &quot;%1&quot;: %2 rows in %3 s</source>
        <translation>Predicciones comprobadas en el laboratorio de &quot;%1&quot;: %2 filas en %3 s</translation>
    </message>
    <message>
        <source>SPOF</source>
        <translation>SPOF</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>lecturas</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>escrituras</translation>
    </message>
    <message>
        <source>lab reads</source>
        <translation>lecturas (laboratorio)</translation>
    </message>
    <message>
        <source>lab writes</source>
        <translation>escrituras (laboratorio)</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>coincide</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>(SPOF: the validator; reads and writes: the what-if analysis; lab: served once the failure had settled, requests served/sent)</source>
        <translation>(SPOF: el validador; lecturas y escrituras: la simulación de fallos; laboratorio: servidas una vez estabilizado el fallo, peticiones servidas/enviadas)</translation>
    </message>
    <message>
        <source>note on %1: %2</source>
        <translation>nota sobre %1: %2</translation>
    </message>
    <message>
        <source>DISAGREES on %1: %2</source>
        <translation>DISCREPA en %1: %2</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>Every prediction agrees with the lab.</source>
        <translation>Todas las predicciones coinciden con el laboratorio.</translation>
    </message>
    <message>
        <source>Some predictions disagree with the lab.</source>
        <translation>Algunas predicciones no coinciden con el laboratorio.</translation>
    </message>
    <message>
        <source>Fails every failure candidate of the design in the lab, one at a time, probes reads and writes, heals it, and compares with the validator&apos;s and the what-if analysis&apos;s predictions.</source>
        <translation>Hace fallar en el laboratorio cada candidato a fallo del diseño, uno a uno, sondea lecturas y escrituras, lo restablece y compara con las predicciones del validador y de la simulación de fallos.</translation>
    </message>
    <message>
        <source>leave the lab running when verify brought it up</source>
        <translation>dejar el laboratorio en ejecución cuando verify lo haya iniciado</translation>
    </message>
    <message>
        <source>Uses the running lab when it runs this design; otherwise brings it up and down again. Exit 0 when every row agrees, 1 when one does not, 2 on bad input.</source>
        <translation>Usa el laboratorio en ejecución si ejecuta este diseño; si no, lo inicia y después lo detiene. Código de salida 0 cuando todas las filas coinciden, 1 cuando alguna no coincide, 2 si la entrada no es válida.</translation>
    </message>
    <message>
        <source>  sudo stackwright-cli lab verify %1</source>
        <translation>  sudo stackwright-cli lab verify %1</translation>
    </message>
    <message>
        <source>plain http:// (without it: as the design&apos;s internet links say, https:// when one is HTTPS)</source>
        <translation>http:// simple (sin esta opción: según los enlaces del diseño desde internet, https:// si alguno es HTTPS)</translation>
    </message>
</context>
</TS>
