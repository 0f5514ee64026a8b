<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QIODevice</name>
    <message>
        <source>Unknown error</source>
        <translation>Erreur inconnue</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design web infrastructure.</source>
        <translation>Concevez votre infrastructure web.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Enregistre une image de la fenêtre dans FILE puis quitte.</translation>
    </message>
    <message>
        <source>A design to open.</source>
        <translation>Un schéma à ouvrir.</translation>
    </message>
    <message>
        <source>With --screenshot: show the design at PERCENT (centred) instead of fitted.</source>
        <translation>Avec --screenshot : affiche le schéma à PERCENT (centré) au lieu de l&apos;ajuster à la fenêtre.</translation>
    </message>
    <message>
        <source>Start with the high-contrast look for projectors (View &gt; High-Contrast Look).</source>
        <translation>Démarre avec l&apos;apparence à contraste élevé pour vidéoprojecteurs (Affichage &gt; Contraste élevé).</translation>
    </message>
    <message>
        <source>Start from the built-in template NAME (e.g. scale-up, the www.foobar.com design).</source>
        <translation>Partir du modèle intégré NAME (p. ex. scale-up, le schéma www.foobar.com).</translation>
    </message>
    <message>
        <source>Compare the design with the one in FILE (File &gt; Compare With…).</source>
        <translation>Comparer le schéma avec celui de FILE (Fichier &gt; Comparer avec…).</translation>
    </message>
</context>
<context>
    <name>sw::AboutDialog</name>
    <message>
        <source>About Stackwright</source>
        <translation>À propos de Stackwright</translation>
    </message>
    <message>
        <source>A desktop topology designer for web infrastructure: draw the stack, check it against the spec, export pictures, reports and deploy bundles.</source>
        <translation>Un concepteur de topologies d&apos;infrastructure web pour ordinateur de bureau : dessinez la pile, vérifiez-la par rapport à la spécification, exportez des images, des rapports et des paquets de déploiement.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence : %1</translation>
    </message>
    <message>
        <source>Libraries used</source>
        <translation>Bibliothèques utilisées</translation>
    </message>
</context>
<context>
    <name>sw::AccessibilityFeature</name>
    <message>
        <source>Why it matters and how to fix it</source>
        <translation>Pourquoi c&apos;est important et comment le corriger</translation>
    </message>
    <message>
        <source>Findings list</source>
        <translation>Liste des constats</translation>
    </message>
</context>
<context>
    <name>sw::Activity</name>
    <message>
        <source>activity, field &quot;%1&quot;: expected an array of strings</source>
        <translation>activité, champ &quot;%1&quot; : un tableau de chaînes est attendu</translation>
    </message>
    <message>
        <source>activity: expected an object</source>
        <translation>activité : un objet est attendu</translation>
    </message>
    <message>
        <source>activity, field &quot;profile&quot;: a profile name is required</source>
        <translation>activité, champ &quot;profile&quot; : un nom de profil est requis</translation>
    </message>
    <message>
        <source>the design &quot;%1&quot; is not an activity (it has no &quot;activity&quot; field)</source>
        <translation>le schéma &quot;%1&quot; n&apos;est pas une activité (il n&apos;a pas de champ &quot;activity&quot;)</translation>
    </message>
    <message>
        <source>activity, field &quot;profile&quot;: unknown profile &quot;%1&quot;</source>
        <translation>activité, champ &quot;profile&quot; : profil &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>activity, field &quot;locked&quot;: unknown node id &quot;%1&quot;</source>
        <translation>activité, champ &quot;locked&quot; : identifiant de nœud &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; stays as the teacher set it</source>
        <translation>Le nœud &quot;%1&quot; reste tel que l&apos;enseignant l&apos;a défini</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; was changed, but it is locked</source>
        <translation>le nœud &quot;%1&quot; a été modifié, mais il est verrouillé</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; was removed, but it is locked</source>
        <translation>le nœud &quot;%1&quot; a été supprimé, mais il est verrouillé</translation>
    </message>
    <message>
        <source>Put node &quot;%1&quot; back as it was in the activity.</source>
        <translation>Remettez le nœud &quot;%1&quot; tel qu&apos;il était dans l&apos;activité.</translation>
    </message>
</context>
<context>
    <name>sw::ActivityDialog</name>
    <message>
        <source>Save as Activity</source>
        <translation>Enregistrer comme activité</translation>
    </message>
    <message>
        <source>One hint per line, shown to the student</source>
        <translation>Un indice par ligne, montré à l&apos;élève</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Target profile:</source>
        <translation>Profil cible :</translation>
    </message>
    <message>
        <source>Locked nodes
(students cannot change them):</source>
        <translation>Nœuds verrouillés
(les élèves ne peuvent pas les modifier) :</translation>
    </message>
    <message>
        <source>Hints:</source>
        <translation>Indices :</translation>
    </message>
</context>
<context>
    <name>sw::ActivityPanel</name>
    <message>
        <source>%p % complete</source>
        <translation>%p % terminé</translation>
    </message>
    <message>
        <source>Teacher mode (locked nodes can be changed)</source>
        <translation>Mode enseignant (les nœuds verrouillés peuvent être modifiés)</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Il manque encore :</translation>
    </message>
    <message>
        <source>Hints:</source>
        <translation>Indices :</translation>
    </message>
    <message>
        <source>That node is locked by the activity: the change was undone.</source>
        <translation>Ce nœud est verrouillé par l&apos;activité : la modification a été annulée.</translation>
    </message>
    <message>
        <source>No activity</source>
        <translation>Aucune activité</translation>
    </message>
    <message>
        <source>A teacher can turn this design into an activity with File &gt; Save as Activity...</source>
        <translation>Un enseignant peut transformer ce schéma en activité avec Fichier &gt; Enregistrer comme activité...</translation>
    </message>
    <message>
        <source>Activity: reach the &quot;%1&quot; profile</source>
        <translation>Activité : atteindre le profil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Activité : %1</translation>
    </message>
    <message>
        <source>%1 of %2 requirements met.</source>
        <translation>%1 exigences satisfaites sur %2.</translation>
    </message>
</context>
<context>
    <name>sw::Analysis</name>
    <message>
        <source>Entry / load balancers</source>
        <translation>Entrée / répartiteurs de charge</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
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
        <translation>%1 jours</translation>
    </message>
</context>
<context>
    <name>sw::AnalysisFeature</name>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>&amp;Analysis Panel</source>
        <translation>Panneau d&apos;&amp;analyse</translation>
    </message>
    <message>
        <source>&amp;What-if Mode</source>
        <translation>Mode &amp;simulation de pannes</translation>
    </message>
    <message>
        <source>Mark nodes as failed and see what still works</source>
        <translation>Marquez des nœuds en panne et voyez ce qui fonctionne encore</translation>
    </message>
    <message>
        <source>Request &amp;Flow</source>
        <translation>&amp;Flux des requêtes</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Présentation</translation>
    </message>
    <message>
        <source>Full screen with large captions; arrow keys step the request flow</source>
        <translation>Plein écran avec grandes légendes ; les flèches font avancer le flux des requêtes</translation>
    </message>
    <message>
        <source>Save as Acti&amp;vity...</source>
        <translation>Enregistrer comme acti&amp;vité...</translation>
    </message>
    <message>
        <source>Fail Selected Nodes (What-if)</source>
        <translation>Mettre en panne les nœuds sélectionnés (simulation)</translation>
    </message>
    <message>
        <source>Bring &quot;%1&quot; back</source>
        <translation>Rétablir &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Fail &quot;%1&quot;</source>
        <translation>Mettre &quot;%1&quot; en panne</translation>
    </message>
    <message>
        <source>Fail Selected Nodes</source>
        <translation>Mettre en panne les nœuds sélectionnés</translation>
    </message>
    <message>
        <source>Restore All</source>
        <translation>Tout rétablir</translation>
    </message>
    <message>
        <source>Leave What-if Mode</source>
        <translation>Quitter le mode simulation de pannes</translation>
    </message>
    <message>
        <source>Save as activity</source>
        <translation>Enregistrer comme activité</translation>
    </message>
    <message>
        <source>Save as Activity</source>
        <translation>Enregistrer comme activité</translation>
    </message>
    <message>
        <source>Stackwright designs (*.stackwright *.json)</source>
        <translation>Schémas Stackwright (*.stackwright *.json)</translation>
    </message>
    <message>
        <source>Saved the activity to %1</source>
        <translation>Activité enregistrée dans %1</translation>
    </message>
</context>
<context>
    <name>sw::AnalysisPanel</name>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Highlight the bottleneck on the canvas</source>
        <translation>Mettre en évidence le goulot d&apos;étranglement sur le schéma</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Simulation de pannes</translation>
    </message>
    <message>
        <source>Request flow</source>
        <translation>Flux des requêtes</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:20pt; font-weight:600&apos;&gt;%1&lt;/span&gt;&amp;nbsp;&amp;nbsp;%2 nines</source>
        <translation>&lt;span style=&apos;font-size:20pt; font-weight:600&apos;&gt;%1&lt;/span&gt;&amp;nbsp;&amp;nbsp;%2 neuf(s)</translation>
    </message>
    <message>
        <source>&lt;br&gt;Expected downtime: %1 per month, %2 per year</source>
        <translation>&lt;br&gt;Indisponibilité attendue : %1 par mois, %2 par an</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b style=&apos;color:#c62828&apos;&gt;No request path from the users to a database.&lt;/b&gt;</source>
        <translation>&lt;br&gt;&lt;b style=&apos;color:#c62828&apos;&gt;Aucun chemin de requête des utilisateurs vers une base de données.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>With the failures</source>
        <translation>Avec les pannes</translation>
    </message>
    <message>
        <source>Computed with the O(V+E) approximation (the design is too large for the exact method).</source>
        <translation>Calculé avec l&apos;approximation en O(V+E) (le schéma est trop grand pour la méthode exacte).</translation>
    </message>
    <message>
        <source>Computed exactly from the request paths.</source>
        <translation>Calculé exactement à partir des chemins de requête.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;After every quick fix&quot;: %n quick fix(es) of the validator applied to a copy of the design.</source>
        <translation>
            <numerusform>&quot;Après chaque correctif rapide&quot; : %n correctif rapide du validateur appliqué à une copie du schéma.</numerusform>
            <numerusform>&quot;Après chaque correctif rapide&quot; : %n correctifs rapides du validateur appliqués à une copie du schéma.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load %1 req/s (the users&apos; &quot;load&quot;); the %2 tier is the bottleneck at %3 %.</source>
        <translation>Charge de %1 req/s (la &quot;load&quot; des utilisateurs) ; le niveau %2 est le goulot d&apos;étranglement à %3 %.</translation>
    </message>
    <message>
        <source>No load reaches the servers.</source>
        <translation>Aucune charge n&apos;atteint les serveurs.</translation>
    </message>
</context>
<context>
    <name>sw::ArrangeController</name>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Disposer</translation>
    </message>
    <message>
        <source>Lay out the whole design with Graphviz (undoable)</source>
        <translation>Disposer tout le schéma avec Graphviz (annulable)</translation>
    </message>
    <message>
        <source>Arrange &amp;New Nodes</source>
        <translation>Disposer les &amp;nouveaux nœuds</translation>
    </message>
    <message>
        <source>Place only the nodes that have no position yet</source>
        <translation>Placer seulement les nœuds qui n&apos;ont pas encore de position</translation>
    </message>
    <message>
        <source>Arrange failed</source>
        <translation>Échec de la disposition</translation>
    </message>
    <message>
        <source>Laying out the design...</source>
        <translation>Disposition du schéma...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Arrange New Nodes</source>
        <translation>Disposer les nouveaux nœuds</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Disposer</translation>
    </message>
    <message>
        <source>Arrange new nodes</source>
        <translation>Disposer les nouveaux nœuds</translation>
    </message>
</context>
<context>
    <name>sw::AvailabilityChart</name>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Appli</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>BD</translation>
    </message>
    <message>
        <source>This design</source>
        <translation>Ce schéma</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>Downtime per year (hours)</source>
        <translation>Indisponibilité par an (heures)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>After fixes</source>
        <translation>Après correctifs</translation>
    </message>
</context>
<context>
    <name>sw::Bundle</name>
    <message>
        <source>SHA-256 checksum of the Sumo Logic collector package the servers download; a download that differs is refused (a design pins it in props.collector_sha256 of a monitoring agent).</source>
        <translation>Somme de contrôle SHA-256 du paquet du collecteur Sumo Logic que téléchargent les serveurs ; un téléchargement qui diffère est refusé (un schéma la fixe dans props.collector_sha256 d&apos;un agent de supervision).</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existe et n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>%1 is not empty and was not written by Stackwright: choose an empty or new folder</source>
        <translation>%1 n&apos;est pas vide et n&apos;a pas été écrit par Stackwright : choisissez un dossier vide ou nouveau</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>impossible d&apos;écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>impossible de créer le dossier pour %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>impossible de remplacer %1</translation>
    </message>
    <message>
        <source>cannot move the new bundle to %1</source>
        <translation>impossible de déplacer le nouveau paquet vers %1</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;, field &quot;%2&quot;</source>
        <translation>nœud &quot;%1&quot;, champ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; has no virtual address (field &quot;vip&quot;): keepalived is not set up for it.</source>
        <translation>La grappe &quot;%1&quot; n&apos;a pas d&apos;adresse virtuelle (champ &quot;vip&quot;) : keepalived n&apos;est pas configuré pour elle.</translation>
    </message>
    <message>
        <source>keepalived&apos;s unicast VRRP between the members of cluster &quot;%1&quot; needs it</source>
        <translation>le VRRP unicast de keepalived entre les membres de la grappe &quot;%1&quot; en a besoin</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: the app server has no codebase on its server &quot;%2&quot; to check out and run</source>
        <translation>nœud &quot;%1&quot; : le serveur d&apos;applications n&apos;a pas de code sur son serveur &quot;%2&quot; à récupérer et exécuter</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: server &quot;%2&quot; already runs database &quot;%3&quot;; the bundles set up one database server per server</source>
        <translation>nœud &quot;%1&quot; : le serveur &quot;%2&quot; exécute déjà la base de données &quot;%3&quot; ; les paquets installent un serveur de base de données par serveur</translation>
    </message>
    <message>
        <source>database users and replication are granted per address</source>
        <translation>les utilisateurs de la base de données et la réplication sont autorisés par adresse</translation>
    </message>
    <message>
        <source>%1: a replica needs the primary it follows</source>
        <translation>%1 : une réplique a besoin du primaire qu&apos;elle suit</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; needs the address ufw allows</source>
        <translation>la règle &quot;%1&quot; a besoin de l&apos;adresse qu&apos;ufw autorise</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a user name the bundle can log in with (lower-case letters, digits, _ and -, starting with a letter or _)</source>
        <translation>%1 : &quot;%2&quot; n&apos;est pas un nom d&apos;utilisateur avec lequel le paquet peut se connecter (minuscules, chiffres, _ et -, commençant par une lettre ou _)</translation>
    </message>
    <message>
        <source>%1: another server already has the hostname &quot;%2&quot;; each server of a bundle needs its own</source>
        <translation>%1 : un autre serveur a déjà le nom d&apos;hôte &quot;%2&quot; ; chaque serveur d&apos;un paquet a besoin du sien</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; cannot be cloned safely: give an https://, ssh://, git:// or user@host:path address on one line</source>
        <translation>%1 : &quot;%2&quot; ne peut pas être cloné en toute sécurité : donnez une adresse https://, ssh://, git:// ou user@host:path sur une ligne</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a branch name git accepts (no spaces, line breaks, ~ ^ : ? * [ \, &quot;..&quot;, nor a leading -)</source>
        <translation>%1 : &quot;%2&quot; n&apos;est pas un nom de branche accepté par git (ni espaces, ni sauts de ligne, ni ~ ^ : ? * [ \, &quot;..&quot;, ni - au début)</translation>
    </message>
    <message>
        <source>%1: the deploy bundles run Python apps with gunicorn; mod_wsgi is not supported yet</source>
        <translation>%1 : les paquets de déploiement exécutent les applications Python avec gunicorn ; mod_wsgi n&apos;est pas encore pris en charge</translation>
    </message>
    <message>
        <source>%1: server &quot;%2&quot; has no address (field &quot;address&quot;), but %3</source>
        <translation>%1 : le serveur &quot;%2&quot; n&apos;a pas d&apos;adresse (champ &quot;address&quot;), or %3</translation>
    </message>
    <message>
        <source>Network firewall &quot;%1&quot; is not configured by this bundle; allow on it: %2</source>
        <translation>Le pare-feu réseau &quot;%1&quot; n&apos;est pas configuré par ce paquet ; autorisez-y : %2</translation>
    </message>
    <message>
        <source>Network interface keepalived announces the virtual address on.</source>
        <translation>Interface réseau sur laquelle keepalived annonce l&apos;adresse virtuelle.</translation>
    </message>
    <message>
        <source>The WSGI application gunicorn runs (module:callable).</source>
        <translation>L&apos;application WSGI que gunicorn exécute (module:callable).</translation>
    </message>
    <message>
        <source>Password of the database user &quot;app&quot; the application connects with (12 or more of A-Z a-z 0-9 . _ + = -).</source>
        <translation>Mot de passe de l&apos;utilisateur &quot;app&quot; de la base de données avec lequel l&apos;application se connecte (12 caractères ou plus parmi A-Z a-z 0-9 . _ + = -).</translation>
    </message>
    <message>
        <source>Password of the database user &quot;replication&quot; replicas connect to the primary with (12 or more of A-Z a-z 0-9 . _ + = -).</source>
        <translation>Mot de passe de l&apos;utilisateur &quot;replication&quot; de la base de données avec lequel les répliques se connectent au primaire (12 caractères ou plus parmi A-Z a-z 0-9 . _ + = -).</translation>
    </message>
    <message>
        <source>E-mail address Let&apos;s Encrypt sends expiry notices to.</source>
        <translation>Adresse e-mail à laquelle Let&apos;s Encrypt envoie les avis d&apos;expiration.</translation>
    </message>
    <message>
        <source>Sumo Logic access id the collectors register with.</source>
        <translation>Identifiant d&apos;accès Sumo Logic avec lequel les collecteurs s&apos;enregistrent.</translation>
    </message>
    <message>
        <source>Sumo Logic access key the collectors register with.</source>
        <translation>Clé d&apos;accès Sumo Logic avec laquelle les collecteurs s&apos;enregistrent.</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;, field &quot;props.collector_sha256&quot;: must be a SHA-256 checksum (64 hexadecimal digits)</source>
        <translation>nœud &quot;%1&quot;, champ &quot;props.collector_sha256&quot; : doit être une somme de contrôle SHA-256 (64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;, field &quot;props.collector_sha256&quot;: differs from the checksum another monitoring agent pins (one collector package for all)</source>
        <translation>nœud &quot;%1&quot;, champ &quot;props.collector_sha256&quot; : diffère de la somme de contrôle fixée par un autre agent de supervision (un seul paquet de collecteur pour tous)</translation>
    </message>
    <message>
        <source>Password the application servers give the Redis cache (12 or more of A-Z a-z 0-9 . _ + = -).</source>
        <translation>Mot de passe que les serveurs d&apos;applications donnent au cache Redis (12 caractères ou plus parmi A-Z a-z 0-9 . _ + = -).</translation>
    </message>
    <message>
        <source>the cache admits its app servers by address</source>
        <translation>la cache admet ses serveurs d&apos;applications par leur adresse</translation>
    </message>
    <message>
        <source>the cache listens on its server&apos;s private address only</source>
        <translation>la cache n&apos;écoute que sur l&apos;adresse privée de son serveur</translation>
    </message>
</context>
<context>
    <name>sw::BundleExportActions</name>
    <message>
        <source>there is no design to export</source>
        <translation>il n&apos;y a aucun schéma à exporter</translation>
    </message>
    <message>
        <source>%1: choose an empty folder</source>
        <translation>%1 : choisissez un dossier vide</translation>
    </message>
    <message>
        <source>The bundle was not written: %1</source>
        <translation>Le paquet n&apos;a pas été écrit : %1</translation>
    </message>
    <message>
        <source>Wrote the deploy bundle to %1</source>
        <translation>Paquet de déploiement écrit dans %1</translation>
    </message>
    <message>
        <source>there is no export format &quot;%1&quot;</source>
        <translation>il n&apos;y a pas de format d&apos;export &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
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
        <translation>Dans %1 (%2).</translation>
    </message>
    <message>
        <source>%1 incoming and %2 outgoing links.</source>
        <translation>%1 liens entrants et %2 liens sortants.</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Link from %1 to %2, %3 port %4</source>
        <translation>Lien de %1 vers %2, %3 port %4</translation>
    </message>
    <message>
        <source>Tab and Alt+Right follow the links from the users&apos; entry towards the database, Shift+Tab and Alt+Left go back, Alt+Up and Alt+Down choose another link at this step.</source>
        <translation>Tab et Alt+Droite suivent les liens de l&apos;entrée des utilisateurs vers la base de données, Maj+Tab et Alt+Gauche reviennent en arrière, Alt+Haut et Alt+Bas choisissent un autre lien à cette étape.</translation>
    </message>
    <message>
        <source>Alt+Page Down and Alt+Page Up go to every node in turn. Shift+Space keeps a node for a link: walk to another node and press Ctrl+L to link the two.</source>
        <translation>Alt+Page suivante et Alt+Page précédente passent par chaque nœud tour à tour. Maj+Espace retient un nœud pour un lien : allez vers un autre nœud et appuyez sur Ctrl+L pour relier les deux.</translation>
    </message>
    <message>
        <source>Kept as the start of a link.</source>
        <translation>Retenu comme début d&apos;un lien.</translation>
    </message>
</context>
<context>
    <name>sw::CanvasEditor</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>Ajouter %1 à %2</translation>
    </message>
    <message>
        <source>Add %1 on a new server</source>
        <translation>Ajouter %1 sur un nouveau serveur</translation>
    </message>
    <message>
        <source>A %1 runs on a server: added a new server &quot;%2&quot; for it.</source>
        <translation>Un %1 s&apos;exécute sur un serveur : un nouveau serveur &quot;%2&quot; a été ajouté pour lui.</translation>
    </message>
    <message>
        <source>%1 is already connected to %2.</source>
        <translation>%1 est déjà relié à %2.</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Relier %1 à %2</translation>
    </message>
    <message>
        <source>Connected %1 to %2 with %3 %4 (change it in the properties panel).</source>
        <translation>%1 relié à %2 en %3 %4 (modifiable dans le panneau des propriétés).</translation>
    </message>
    <message>
        <source>A service must be inside a server: drop it onto a server.</source>
        <translation>Un service doit être dans un serveur : déposez-le sur un serveur.</translation>
    </message>
    <message>
        <source>Where does %1 go?</source>
        <translation>Où va %1 ?</translation>
    </message>
    <message>
        <source>Onto a new server here</source>
        <translation>Sur un nouveau serveur ici</translation>
    </message>
    <message>
        <source>Back where it was</source>
        <translation>À sa place d&apos;origine</translation>
    </message>
    <message>
        <source>A %1 must be inside a server: put back.</source>
        <translation>Un %1 doit être dans un serveur : remis à sa place.</translation>
    </message>
    <message>
        <source>Move %1 onto a new server</source>
        <translation>Déplacer %1 sur un nouveau serveur</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Ajouter un serveur</translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Déplacer %n nœud</numerusform>
            <numerusform>Déplacer %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to cluster %1</source>
        <translation>Ajouter à la grappe %1</translation>
    </message>
    <message>
        <source>Take out of cluster %1</source>
        <translation>Retirer de la grappe %1</translation>
    </message>
    <message>
        <source>Added to the cluster %1.</source>
        <translation>Ajouté à la grappe %1.</translation>
    </message>
    <message>
        <source>Taken out of the cluster %1.</source>
        <translation>Retiré de la grappe %1.</translation>
    </message>
    <message>
        <source>%1 is already installed on %2.</source>
        <translation>%1 est déjà installé sur %2.</translation>
    </message>
    <message>
        <source>Install %1 on %2</source>
        <translation>Installer %1 sur %2</translation>
    </message>
    <message>
        <source>Installed %1 on %2.</source>
        <translation>%1 installé sur %2.</translation>
    </message>
    <message>
        <source>Select two or more load balancers (or their servers) to make a cluster.</source>
        <translation>Sélectionnez deux répartiteurs de charge ou plus (ou leurs serveurs) pour former une grappe.</translation>
    </message>
    <message numerus="yes">
        <source>Make a cluster of %n load balancer(s)</source>
        <translation>
            <numerusform>Former une grappe de %n répartiteur de charge</numerusform>
            <numerusform>Former une grappe de %n répartiteurs de charge</numerusform>
        </translation>
    </message>
    <message>
        <source>Select exactly two nodes to link them.</source>
        <translation>Sélectionnez exactement deux nœuds pour les relier.</translation>
    </message>
    <message>
        <source>%1 → %2 over %3</source>
        <translation>%1 → %2 en %3</translation>
    </message>
    <message>
        <source>Link the two selected nodes</source>
        <translation>Relier les deux nœuds sélectionnés</translation>
    </message>
</context>
<context>
    <name>sw::CanvasView</name>
    <message>
        <source>Design canvas</source>
        <translation>Zone de dessin du schéma</translation>
    </message>
    <message>
        <source>Drag nodes to move them, drag from a node&apos;s blue handle to connect it, arrow keys move the selection</source>
        <translation>Faites glisser les nœuds pour les déplacer, tirez depuis la poignée bleue d&apos;un nœud pour le relier, les flèches déplacent la sélection</translation>
    </message>
    <message>
        <source>An empty design. To begin, drag a box from the palette on the left onto the canvas (Users, a DNS record, a load balancer, a web server…), or press Ctrl+Shift+A to add one by name. Drag from a box&apos;s blue handle to another box to link them. File &gt; New from Template starts from a finished design.</source>
        <translation>Un schéma vide. Pour commencer, faites glisser une boîte de la palette à gauche sur la zone de dessin (Utilisateurs, un enregistrement DNS, un répartiteur de charge, un serveur web…), ou appuyez sur Ctrl+Maj+A pour en ajouter une par son nom. Tirez depuis la poignée bleue d&apos;une boîte vers une autre pour les relier. Fichier &gt; Nouveau depuis un modèle part d&apos;un schéma terminé.</translation>
    </message>
</context>
<context>
    <name>sw::CapacityChart</name>
    <message>
        <source>Utilization (%)</source>
        <translation>Utilisation (%)</translation>
    </message>
    <message>
        <source>Capacity: utilization per tier</source>
        <translation>Capacité : utilisation par niveau</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Utilization at %1 req/s; bottleneck: %2</source>
        <translation>Utilisation à %1 req/s ; goulot d&apos;étranglement : %2</translation>
    </message>
    <message>
        <source>Utilization per tier (no load)</source>
        <translation>Utilisation par niveau (sans charge)</translation>
    </message>
</context>
<context>
    <name>sw::Check</name>
    <message>
        <source>node &quot;%1&quot;</source>
        <translation>nœud &quot;%1&quot;</translation>
    </message>
    <message>
        <source>link #%1</source>
        <translation>lien n° %1</translation>
    </message>
    <message>
        <source>link &quot;%1&quot;</source>
        <translation>lien &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 est hors limites (%2 à %3)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot; ne fait pas partie de : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name (letters, digits and inner hyphens, at most 63)</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom d&apos;hôte valide (lettres, chiffres et traits d&apos;union internes, 63 au plus)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de domaine valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse IP</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation>&quot;%1&quot; n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <source>must be a node id</source>
        <translation>doit être un identifiant de nœud</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id</source>
        <translation>&quot;%1&quot; n&apos;est pas un identifiant valide</translation>
    </message>
    <message>
        <source>must be an array of node ids</source>
        <translation>doit être un tableau d&apos;identifiants de nœuds</translation>
    </message>
    <message>
        <source>must be an array of &quot;PORT/PROTO&quot; or &quot;PORT/PROTO from ID&quot;</source>
        <translation>doit être un tableau de &quot;PORT/PROTO&quot; ou &quot;PORT/PROTO from ID&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;PORT/PROTO&quot; or &quot;PORT/PROTO from ID&quot; (PROTO is tcp or udp, PORT 1 to 65535)</source>
        <translation>&quot;%1&quot; n&apos;est pas &quot;PORT/PROTO&quot; ou &quot;PORT/PROTO from ID&quot; (PROTO vaut tcp ou udp, PORT de 1 à 65535)</translation>
    </message>
    <message>
        <source>%1, field &quot;props.%2&quot;: %3</source>
        <translation>%1, champ &quot;props.%2&quot; : %3</translation>
    </message>
    <message>
        <source>%1, field &quot;parent&quot;: a %2 must be inside a server</source>
        <translation>%1, champ &quot;parent&quot; : un %2 doit être dans un serveur</translation>
    </message>
    <message>
        <source>%1, field &quot;parent&quot;: no node has the id &quot;%2&quot;</source>
        <translation>%1, champ &quot;parent&quot; : aucun nœud n&apos;a l&apos;identifiant &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1, field &quot;parent&quot;: a %2 cannot be inside anything</source>
        <translation>%1, champ &quot;parent&quot; : un %2 ne peut être dans rien</translation>
    </message>
    <message>
        <source>%1, field &quot;parent&quot;: &quot;%2&quot; is a %3, a %4 cannot be inside it</source>
        <translation>%1, champ &quot;parent&quot; : &quot;%2&quot; est un %3, un %4 ne peut pas y être placé</translation>
    </message>
    <message>
        <source>%1, field &quot;parent&quot;: the parents form a cycle (%2)</source>
        <translation>%1, champ &quot;parent&quot; : les parents forment un cycle (%2)</translation>
    </message>
    <message>
        <source> inside </source>
        <translation> dans </translation>
    </message>
    <message>
        <source>%1, field &quot;from&quot;: no node has the id &quot;%2&quot;</source>
        <translation>%1, champ &quot;from&quot; : aucun nœud n&apos;a l&apos;identifiant &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1, field &quot;to&quot;: no node has the id &quot;%2&quot;</source>
        <translation>%1, champ &quot;to&quot; : aucun nœud n&apos;a l&apos;identifiant &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1, field &quot;to&quot;: a link must join two different nodes</source>
        <translation>%1, champ &quot;to&quot; : un lien doit joindre deux nœuds différents</translation>
    </message>
    <message>
        <source>%1, field &quot;port&quot;: %2 is out of range (1 to 65535)</source>
        <translation>%1, champ &quot;port&quot; : %2 est hors limites (1 à 65535)</translation>
    </message>
    <message>
        <source>no node has the id &quot;%1&quot;</source>
        <translation>aucun nœud n&apos;a l&apos;identifiant &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2, expected %3</source>
        <translation>&quot;%1&quot; est de type %2 ; type attendu : %3</translation>
    </message>
    <message>
        <source>a node cannot refer to itself</source>
        <translation>un nœud ne peut pas faire référence à lui-même</translation>
    </message>
    <message>
        <source>a cluster needs at least one member</source>
        <translation>une grappe nécessite au moins un membre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; figure deux fois dans la liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; replicates from &quot;%2&quot; in turn: a cycle</source>
        <translation>&quot;%1&quot; se réplique à son tour depuis &quot;%2&quot; : un cycle</translation>
    </message>
    <message>
        <source>&quot;%1&quot; replicates from &quot;%2&quot; in turn: a chain (a replica replicates from its primary)</source>
        <translation>&quot;%1&quot; se réplique à son tour depuis &quot;%2&quot; : une chaîne (une réplique se réplique depuis son serveur principal)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; replicates from this database: it would replicate from a replica (a replica replicates from its primary)</source>
        <translation>&quot;%1&quot; se réplique depuis cette base de données : il se répliquerait alors depuis une réplique (une réplique se réplique depuis son serveur principal)</translation>
    </message>
    <message>
        <source>at most 200 characters</source>
        <translation>200 caractères au maximum</translation>
    </message>
    <message>
        <source>must have 1 to 200 characters</source>
        <translation>doit comporter de 1 à 200 caractères</translation>
    </message>
    <message>
        <source>%1, field &quot;props.%2&quot;: required for a %3, and not set (the design is a draft)</source>
        <translation>%1, champ &quot;props.%2&quot; : requis pour le type %3, et non défini (le schéma est un brouillon)</translation>
    </message>
    <message>
        <source>field &quot;name&quot;: %1</source>
        <translation>champ &quot;name&quot; : %1</translation>
    </message>
    <message>
        <source>%1, field &quot;label&quot;: %2</source>
        <translation>%1, champ &quot;label&quot; : %2</translation>
    </message>
</context>
<context>
    <name>sw::Clipboard</name>
    <message>
        <source>The clipboard does not hold Stackwright nodes.</source>
        <translation>Le presse-papiers ne contient pas de nœuds Stackwright.</translation>
    </message>
</context>
<context>
    <name>sw::Commands</name>
    <message>
        <source>Rename design</source>
        <translation>Renommer le schéma</translation>
    </message>
    <message>
        <source>Change profile</source>
        <translation>Changer de profil</translation>
    </message>
    <message>
        <source>Switch rules off or on</source>
        <translation>Activer ou désactiver des règles</translation>
    </message>
    <message>
        <source>Change design settings</source>
        <translation>Modifier les réglages du schéma</translation>
    </message>
    <message>
        <source>Change link %1</source>
        <translation>Modifier le lien %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Déplacer %n nœud</numerusform>
            <numerusform>Déplacer %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>Take %1 out</source>
        <translation>Sortir %1</translation>
    </message>
    <message>
        <source>Move %1 into %2</source>
        <translation>Déplacer %1 dans %2</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
</context>
<context>
    <name>sw::ComparePanel</name>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>Comparer &amp;avec…</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Designs (*.stackwright *.json)</source>
        <translation>Schémas (*.stackwright *.json)</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Comparaison impossible</translation>
    </message>
    <message>
        <source>Show layout moves</source>
        <translation>Afficher les déplacements sur le canevas</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Stop Comparing</source>
        <translation>Arrêter la comparaison</translation>
    </message>
    <message>
        <source>Compared with %1: the same design.</source>
        <translation>Comparé avec %1 : schéma identique.</translation>
    </message>
    <message numerus="yes">
        <source>Compared with %1: %n change(s).</source>
        <translation>
            <numerusform>Comparé avec %1 : %n modification.</numerusform>
            <numerusform>Comparé avec %1 : %n modifications.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; added %2 &amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; removed %4 &amp;nbsp; &lt;span style=&apos;color:%5&apos;&gt;■&lt;/span&gt; changed %6&lt;br&gt;Availability: %7 → %8</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; ajoutés %2 &amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; supprimés %4 &amp;nbsp; &lt;span style=&apos;color:%5&apos;&gt;■&lt;/span&gt; modifiés %6&lt;br&gt;Disponibilité : %7 → %8</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Modifications (%1)</translation>
    </message>
    <message>
        <source>Findings (%1 new, %2 gone)</source>
        <translation>Constats (%1 nouveaux, %2 disparus)</translation>
    </message>
    <message>
        <source>%1 [%2] %3</source>
        <translation>%1 [%2] %3</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>disparu</translation>
    </message>
    <message>
        <source>Single points of failure</source>
        <translation>Points de défaillance uniques</translation>
    </message>
    <message>
        <source>gained: %1</source>
        <translation>apparus : %1</translation>
    </message>
    <message>
        <source>lost: %1</source>
        <translation>disparus : %1</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucune modification</translation>
    </message>
    <message>
        <source>Shell bundle files (%1)</source>
        <translation>Fichiers du paquet shell (%1)</translation>
    </message>
    <message>
        <source>not compared: %1</source>
        <translation>non comparé : %1</translation>
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
        <translation>&quot;%1&quot; n&apos;est pas un serveur du schéma</translation>
    </message>
    <message>
        <source>server &quot;%1&quot; has no address: set its &quot;address&quot; property</source>
        <translation>le serveur &quot;%1&quot; n&apos;a pas d&apos;adresse : renseignez sa propriété &quot;address&quot;</translation>
    </message>
    <message>
        <source>the design has no server to deploy to</source>
        <translation>le schéma n&apos;a aucun serveur sur lequel déployer</translation>
    </message>
    <message>
        <source>%1 is not a shell bundle of Stackwright (servers/order.txt cannot be read: %2)</source>
        <translation>%1 n&apos;est pas un paquet shell de Stackwright (servers/order.txt est illisible : %2)</translation>
    </message>
    <message>
        <source>%1, line %2: expected &quot;SCRIPT&lt;TAB&gt;host&lt;TAB&gt;user&lt;TAB&gt;port&lt;TAB&gt;node id&quot;</source>
        <translation>%1, ligne %2 : &quot;SCRIPT&lt;TAB&gt;host&lt;TAB&gt;user&lt;TAB&gt;port&lt;TAB&gt;node id&quot; attendu</translation>
    </message>
    <message>
        <source>the bundle %1 lacks servers/%2</source>
        <translation>il manque servers/%2 au paquet %1</translation>
    </message>
    <message>
        <source>the bundle %1 has no script for server &quot;%2&quot; (export it again from this design)</source>
        <translation>le paquet %1 n&apos;a pas de script pour le serveur &quot;%2&quot; (exportez-le de nouveau depuis ce schéma)</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation>%1 : %2 attendu, %3 trouvé</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation>authentification</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>envoi</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>drifted</source>
        <translation>divergent</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>essai à blanc</translation>
    </message>
    <message>
        <source>deploy</source>
        <translation>déploiement</translation>
    </message>
    <message>
        <source>check</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>cannot read the host key of %1: %2</source>
        <translation>impossible de lire la clé d&apos;hôte de %1 : %2</translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3); it was not accepted, so nothing was sent. Compare the fingerprint with the server&apos;s (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) before accepting it.</source>
        <translation>la clé d&apos;hôte de %1 n&apos;est pas connue (%2 %3) ; elle n&apos;a pas été acceptée, donc rien n&apos;a été envoyé. Comparez l&apos;empreinte avec celle du serveur (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) avant de l&apos;accepter.</translation>
    </message>
    <message>
        <source>the host key of %1 has CHANGED (it is now %2 %3): someone may be intercepting the connection, or the server was reinstalled. Refused. If the change is expected, remove its old line from %4.</source>
        <translation>la clé d&apos;hôte de %1 a CHANGÉ (c&apos;est maintenant %2 %3) : quelqu&apos;un intercepte peut-être la connexion, ou le serveur a été réinstallé. Refusé. Si le changement est attendu, supprimez son ancienne ligne de %4.</translation>
    </message>
    <message>
        <source>the host key of %1 has CHANGED: %4 knows a key of another type for this server, but it now presents %2 %3. Refused. If the change is expected, remove its old line from %4.</source>
        <translation>la clé d&apos;hôte de %1 a CHANGÉ : %4 connaît une clé d&apos;un autre type pour ce serveur, mais il présente maintenant %2 %3. Refusé. Si le changement est attendu, supprimez son ancienne ligne de %4.</translation>
    </message>
    <message>
        <source>cannot check the host key of %1 against %2: %3</source>
        <translation>impossible de vérifier la clé d&apos;hôte de %1 avec %2 : %3</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the known hosts</source>
        <translation>impossible de créer le dossier %1 des hôtes connus</translation>
    </message>
    <message>
        <source>cannot add the host key to %1: %2</source>
        <translation>impossible d&apos;ajouter la clé d&apos;hôte à %1 : %2</translation>
    </message>
    <message>
        <source>cannot open a channel on %1: %2</source>
        <translation>impossible d&apos;ouvrir un canal sur %1 : %2</translation>
    </message>
    <message>
        <source>cannot start a command on %1: %2</source>
        <translation>impossible de lancer une commande sur %1 : %2</translation>
    </message>
    <message>
        <source>cannot send to %1: %2</source>
        <translation>impossible d&apos;envoyer à %1 : %2</translation>
    </message>
    <message>
        <source>the connection to %1 broke: %2</source>
        <translation>la connexion à %1 a été coupée : %2</translation>
    </message>
    <message>
        <source>the command on %1 ended without an exit status (killed by a signal?)</source>
        <translation>la commande sur %1 s&apos;est terminée sans code de sortie (tuée par un signal ?)</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>inconnu (%1)</translation>
    </message>
    <message>
        <source>systemctl gave no answer</source>
        <translation>systemctl n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>port %1/tcp</source>
        <translation>port %1/tcp</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>à l&apos;écoute</translation>
    </message>
    <message>
        <source>nothing listens</source>
        <translation>rien n&apos;écoute</translation>
    </message>
    <message>
        <source>ufw is not installed</source>
        <translation>ufw n&apos;est pas installé</translation>
    </message>
    <message>
        <source>cannot read the firewall (sudo wants a password)</source>
        <translation>impossible de lire le pare-feu (sudo demande un mot de passe)</translation>
    </message>
    <message>
        <source>ufw status failed: %1</source>
        <translation>échec de ufw status : %1</translation>
    </message>
    <message>
        <source>firewall</source>
        <translation>pare-feu</translation>
    </message>
    <message>
        <source>active (ufw)</source>
        <translation>actif (ufw)</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>firewall rule %1</source>
        <translation>règle de pare-feu %1</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>connecté à %1</translation>
    </message>
    <message>
        <source>added the host key %1 %2 to %3</source>
        <translation>clé d&apos;hôte %1 %2 ajoutée à %3</translation>
    </message>
    <message>
        <source>authenticated as %1</source>
        <translation>authentifié en tant que %1</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>the remote system is %1</source>
        <translation>le système distant est %1</translation>
    </message>
    <message>
        <source>unknown (no /etc/os-release)</source>
        <translation>inconnu (pas de /etc/os-release)</translation>
    </message>
    <message>
        <source>operating system</source>
        <translation>système d&apos;exploitation</translation>
    </message>
    <message>
        <source>the server runs %1 but the design says %2: fix the server&apos;s &quot;os&quot; property, the bundle targets that system</source>
        <translation>le serveur exécute %1 mais le schéma indique %2 : corrigez la propriété &quot;os&quot; du serveur, le paquet cible ce système</translation>
    </message>
    <message>
        <source>there is no script for server &quot;%1&quot; in the bundle</source>
        <translation>il n&apos;y a pas de script pour le serveur &quot;%1&quot; dans le paquet</translation>
    </message>
    <message>
        <source>uploaded the bundle to %1</source>
        <translation>paquet envoyé sur %1</translation>
    </message>
    <message>
        <source>checking the scripts</source>
        <translation>vérification des scripts</translation>
    </message>
    <message>
        <source>bash -n found syntax errors (see the log)</source>
        <translation>bash -n a trouvé des erreurs de syntaxe (voir le journal)</translation>
    </message>
    <message numerus="yes">
        <source>%n script(s) parse, the system matches; nothing was changed</source>
        <translation>
            <numerusform>%n script est analysé sans erreur, le système correspond ; rien n&apos;a été modifié</numerusform>
            <numerusform>%n scripts sont analysés sans erreur, le système correspond ; rien n&apos;a été modifié</numerusform>
        </translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>exécution de %1</translation>
    </message>
    <message>
        <source>running %1%2</source>
        <translation>exécution de %1%2</translation>
    </message>
    <message>
        <source>cancelled; the remote script was stopped; its files stay in %1</source>
        <translation>annulé ; le script distant a été arrêté ; ses fichiers restent dans %1</translation>
    </message>
    <message>
        <source>the script failed with exit status %1; its files stay in %2</source>
        <translation>le script a échoué avec le code de sortie %1 ; ses fichiers restent dans %2</translation>
    </message>
    <message>
        <source>the script ran to its end (exit status 0)</source>
        <translation>le script est allé jusqu&apos;au bout (code de sortie 0)</translation>
    </message>
    <message>
        <source>services</source>
        <translation>services</translation>
    </message>
    <message>
        <source>ports</source>
        <translation>ports</translation>
    </message>
    <message>
        <source>listening ports</source>
        <translation>ports à l&apos;écoute</translation>
    </message>
    <message>
        <source>readable</source>
        <translation>lisible</translation>
    </message>
    <message>
        <source>differs: %1: expected %2, found %3</source>
        <translation>diffère : %1 : %2 attendu, %3 trouvé</translation>
    </message>
    <message>
        <source>matches the design</source>
        <translation>conforme au schéma</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from the design</source>
        <translation>
            <numerusform>%n différence avec le schéma</numerusform>
            <numerusform>%n différences avec le schéma</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped the remote script</source>
        <translation>script distant arrêté</translation>
    </message>
    <message>
        <source>cannot start SFTP on %1 (is the sftp subsystem enabled?): %2</source>
        <translation>impossible de démarrer SFTP sur %1 (le sous-système sftp est-il activé ?) : %2</translation>
    </message>
    <message>
        <source>cannot create a folder in /tmp on %1: %2</source>
        <translation>impossible de créer un dossier dans /tmp sur %1 : %2</translation>
    </message>
    <message>
        <source>the bundle folder %1 does not exist</source>
        <translation>le dossier du paquet %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the bundle file %1 does not exist</source>
        <translation>le fichier du paquet %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot create %1 on %2: %3</source>
        <translation>impossible de créer %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1 on %2: %3</source>
        <translation>impossible d&apos;écrire %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Passphrase for the key %1</source>
        <translation>Phrase de passe de la clé %1</translation>
    </message>
    <message>
        <source>the key file %1 does not exist</source>
        <translation>le fichier de clé %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot open the key %1: wrong passphrase or not a private key</source>
        <translation>impossible d&apos;ouvrir la clé %1 : phrase de passe erronée ou pas une clé privée</translation>
    </message>
    <message>
        <source>cannot open the key %1: not a private key, or it needs a passphrase</source>
        <translation>impossible d&apos;ouvrir la clé %1 : pas une clé privée, ou elle exige une phrase de passe</translation>
    </message>
    <message>
        <source>%1 refused the key %2 (permission denied): is its public half in the user&apos;s authorized_keys?</source>
        <translation>%1 a refusé la clé %2 (permission refusée) : sa moitié publique est-elle dans le authorized_keys de l&apos;utilisateur ?</translation>
    </message>
    <message>
        <source>%1 accepted the key %2 but wants a second factor, which is not supported</source>
        <translation>%1 a accepté la clé %2 mais demande un second facteur, ce qui n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>authentication with the key %1 on %2 failed: %3</source>
        <translation>échec de l&apos;authentification avec la clé %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <source>no password was given for %1</source>
        <translation>aucun mot de passe n&apos;a été donné pour %1</translation>
    </message>
    <message>
        <source>%1 refused the password</source>
        <translation>%1 a refusé le mot de passe</translation>
    </message>
    <message>
        <source>password authentication on %1 failed: %2</source>
        <translation>échec de l&apos;authentification par mot de passe sur %1 : %2</translation>
    </message>
    <message>
        <source>authentication on %1 failed: %2</source>
        <translation>échec de l&apos;authentification sur %1 : %2</translation>
    </message>
    <message>
        <source>%1 does not accept keys</source>
        <translation>%1 n&apos;accepte pas les clés</translation>
    </message>
    <message>
        <source>%1 accepted none of the keys of the ssh agent or of ~/.ssh: give a key file, or load the right key into the agent</source>
        <translation>%1 n&apos;a accepté aucune des clés de l&apos;agent ssh ni de ~/.ssh : donnez un fichier de clé, ou chargez la bonne clé dans l&apos;agent</translation>
    </message>
    <message>
        <source>cannot create an ssh session (out of memory?)</source>
        <translation>impossible de créer une session ssh (mémoire épuisée ?)</translation>
    </message>
    <message>
        <source>server &quot;%1&quot; has no address to connect to</source>
        <translation>le serveur &quot;%1&quot; n&apos;a pas d&apos;adresse à laquelle se connecter</translation>
    </message>
    <message>
        <source>server &quot;%1&quot; has no ssh user</source>
        <translation>le serveur &quot;%1&quot; n&apos;a pas d&apos;utilisateur ssh</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>a remote command</source>
        <translation>une commande distante</translation>
    </message>
    <message>
        <source>still running after %1 s (stopped after %2 s): %3</source>
        <translation>toujours en cours après %1 s (arrêt au bout de %2 s) : %3</translation>
    </message>
    <message>
        <source>the script will be given %1 (from the bundle&apos;s deploy.sh)</source>
        <translation>le script recevra %1 (d&apos;après le deploy.sh du paquet)</translation>
    </message>
    <message>
        <source>with %1 (from the bundle&apos;s deploy.sh)</source>
        <translation>avec %1 (d&apos;après le deploy.sh du paquet)</translation>
    </message>
    <message>
        <source>%1 timed out (each command may run %2 s, the whole server %3 s); the remote script was stopped; its files stay in %4</source>
        <translation>%1 : délai dépassé (chaque commande peut durer %2 s, l&apos;ensemble du serveur %3 s) ; le script distant a été arrêté ; ses fichiers restent dans %4</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the stack&apos;s private CA</source>
        <translation>impossible de créer le dossier %1 pour l&apos;autorité de certification privée de la pile</translation>
    </message>
    <message>
        <source>cannot link %1 to %2</source>
        <translation>impossible de lier %1 à %2</translation>
    </message>
    <message>
        <source>it did not finish within %1 s</source>
        <translation>l&apos;exécution ne s&apos;est pas terminée en %1 s</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>%1 --material %2 could not prepare the private CA material of server &quot;%2&quot; (%3): %4</source>
        <translation>%1 --material %2 n&apos;a pas pu préparer le matériel de l&apos;autorité de certification privée du serveur &quot;%2&quot; (%3) : %4</translation>
    </message>
    <message>
        <source>is openssl installed?</source>
        <translation>openssl est-il installé ?</translation>
    </message>
    <message>
        <source>%1 --material %2 printed something other than NAME=VALUE pairs</source>
        <translation>%1 --material %2 a affiché autre chose que des paires NAME=VALUE</translation>
    </message>
</context>
<context>
    <name>sw::DeployDialog</name>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Déployer</translation>
    </message>
    <message>
        <source>Dry run: connect, upload, check the scripts, change nothing</source>
        <translation>Essai à blanc : se connecter, envoyer, vérifier les scripts, ne rien modifier</translation>
    </message>
    <message>
        <source>Deploy: run each server&apos;s script</source>
        <translation>Déploiement : exécuter le script de chaque serveur</translation>
    </message>
    <message>
        <source>Check: compare the running servers with the design (read-only)</source>
        <translation>Vérification : comparer les serveurs en service avec le schéma (lecture seule)</translation>
    </message>
    <message>
        <source>the ssh agent, then ~/.ssh keys</source>
        <translation>l&apos;agent ssh, puis les clés de ~/.ssh</translation>
    </message>
    <message>
        <source>generated from the design</source>
        <translation>généré à partir du schéma</translation>
    </message>
    <message>
        <source>How many servers of one tier are deployed at the same time</source>
        <translation>Combien de serveurs d&apos;un même niveau sont déployés en même temps</translation>
    </message>
    <message>
        <source>Go on with the next servers after a failure</source>
        <translation>Continuer avec les serveurs suivants après un échec</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>Choose a private key</source>
        <translation>Choisir une clé privée</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Fichier de &amp;clé :</translation>
    </message>
    <message>
        <source>Choose a known-hosts file</source>
        <translation>Choisir un fichier d&apos;hôtes connus</translation>
    </message>
    <message>
        <source>Known hosts</source>
        <translation>Hôtes connus</translation>
    </message>
    <message>
        <source>Known &amp;hosts:</source>
        <translation>&amp;Hôtes connus :</translation>
    </message>
    <message>
        <source>Deploy a shell bundle folder exported earlier</source>
        <translation>Déployer un dossier de paquet shell exporté précédemment</translation>
    </message>
    <message>
        <source>Shell bundle folder</source>
        <translation>Dossier du paquet shell</translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation>&amp;Paquet :</translation>
    </message>
    <message>
        <source>&amp;Parallel:</source>
        <translation>En p&amp;arallèle :</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Ca&amp;ncel run</source>
        <translation>A&amp;nnuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Tick at least one server.</source>
        <translation>Cochez au moins un serveur.</translation>
    </message>
    <message>
        <source>checked against the design only: %1</source>
        <translation>vérifié par rapport au schéma seulement : %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <source>not set in Stackwright&apos;s environment (the scripts may ask for them): %1</source>
        <translation>non définies dans l&apos;environnement de Stackwright (les scripts peuvent les demander) : %1</translation>
    </message>
    <message>
        <source>Nothing to run.</source>
        <translation>Rien à exécuter.</translation>
    </message>
    <message numerus="yes">
        <source>Running the %1 on %n server(s)...</source>
        <translation>
            <numerusform>%1 en cours sur %n serveur...</numerusform>
            <numerusform>%1 en cours sur %n serveurs...</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: stopping the remote commands...</source>
        <translation>Annulation : arrêt des commandes distantes...</translation>
    </message>
    <message>
        <source>Dry run cancelled: %1</source>
        <translation>Essai à blanc annulé : %1</translation>
    </message>
    <message>
        <source>Dry run finished: %1</source>
        <translation>Essai à blanc terminé : %1</translation>
    </message>
    <message>
        <source>Deploy cancelled: %1</source>
        <translation>Déploiement annulé : %1</translation>
    </message>
    <message>
        <source>Deploy finished: %1</source>
        <translation>Déploiement terminé : %1</translation>
    </message>
    <message>
        <source>Check cancelled: %1</source>
        <translation>Vérification annulée : %1</translation>
    </message>
    <message>
        <source>Check finished: %1</source>
        <translation>Vérification terminée : %1</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>Clé d&apos;hôte inconnue</translation>
    </message>
    <message>
        <source>The server %1 (%2) presents a host key that is not known yet:

%3 %4

Trust it only if it is the server&apos;s real key (on the server: ssh-keygen -lf /etc/ssh/ssh_host_%5_key.pub). Trust and remember it?</source>
        <translation>Le serveur %1 (%2) présente une clé d&apos;hôte qui n&apos;est pas encore connue :

%3 %4

Ne lui faites confiance que si c&apos;est la vraie clé du serveur (sur le serveur : ssh-keygen -lf /etc/ssh/ssh_host_%5_key.pub). Lui faire confiance et la mémoriser ?</translation>
    </message>
    <message>
        <source>Deploy: %1</source>
        <translation>Déploiement : %1</translation>
    </message>
    <message>
        <source>&amp;Deploy...</source>
        <translation>&amp;Déployer...</translation>
    </message>
    <message>
        <source>Run the design&apos;s deploy scripts on its servers over ssh, dry-run them, or check the servers</source>
        <translation>Exécuter les scripts de déploiement du schéma sur ses serveurs par ssh, en faire un essai à blanc, ou vérifier les serveurs</translation>
    </message>
</context>
<context>
    <name>sw::DeployEngine</name>
    <message>
        <source>cancelled before it started</source>
        <translation>annulé avant de commencer</translation>
    </message>
    <message>
        <source>not started: an earlier server failed</source>
        <translation>non démarré : un serveur précédent a échoué</translation>
    </message>
</context>
<context>
    <name>sw::DeployLogView</name>
    <message>
        <source>The summary appears here when the run ends.</source>
        <translation>Le résumé apparaît ici à la fin de l&apos;exécution.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>sw::DeployServerTable</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Untick to leave this server out of the run</source>
        <translation>Décochez pour laisser ce serveur hors de l&apos;exécution</translation>
    </message>
    <message>
        <source>From the design: %1. Double-click to use another value for this run only.</source>
        <translation>D&apos;après le schéma : %1. Double-cliquez pour utiliser une autre valeur pour cette exécution seulement.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>A private key for this server only (empty: the dialog&apos;s key file, or the ssh agent)</source>
        <translation>Une clé privée pour ce serveur seulement (vide : le fichier de clé de la boîte de dialogue, ou l&apos;agent ssh)</translation>
    </message>
    <message>
        <source>not in this run</source>
        <translation>hors de cette exécution</translation>
    </message>
</context>
<context>
    <name>sw::DesignFile</name>
    <message>
        <source>cannot open it: %1</source>
        <translation>impossible de l&apos;ouvrir : %1</translation>
    </message>
    <message>
        <source>cannot write it: %1</source>
        <translation>impossible de l&apos;écrire : %1</translation>
    </message>
    <message>
        <source>a NUL byte (JSON text cannot hold one raw)</source>
        <translation>un octet NUL (un texte JSON ne peut pas en contenir un tel quel)</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in %2</source>
        <translation>la clé &quot;%1&quot; apparaît deux fois dans %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>the top-level object</source>
        <translation>l&apos;objet de premier niveau</translation>
    </message>
    <message>
        <source>the string at %1 is longer than %2 characters</source>
        <translation>la chaîne à %1 dépasse %2 caractères</translation>
    </message>
    <message>
        <source>the escape \u%1 in %2 is half of a surrogate pair, without the other half</source>
        <translation>la séquence d&apos;échappement \u%1 dans %2 est une moitié de paire de substitution, sans l&apos;autre moitié</translation>
    </message>
    <message>
        <source>it is a folder, not a design file</source>
        <translation>c&apos;est un dossier, pas un fichier de schéma</translation>
    </message>
    <message>
        <source>it is a device, not a design file</source>
        <translation>c&apos;est un périphérique, pas un fichier de schéma</translation>
    </message>
    <message>
        <source>it is a FIFO (a named pipe), not a design file</source>
        <translation>c&apos;est une FIFO (un tube nommé), pas un fichier de schéma</translation>
    </message>
    <message>
        <source>it is a socket, not a design file</source>
        <translation>c&apos;est un socket, pas un fichier de schéma</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it is too big for a design (%1 MiB; at most %2 MiB)</source>
        <translation>le fichier est trop volumineux pour un schéma (%1 Mio ; %2 Mio au maximum)</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>impossible de le lire : %1</translation>
    </message>
    <message>
        <source>it is too big for a design (more than %1 MiB)</source>
        <translation>le fichier est trop volumineux pour un schéma (plus de %1 Mio)</translation>
    </message>
</context>
<context>
    <name>sw::Diff</name>
    <message>
        <source>by id</source>
        <translation>par identifiant</translation>
    </message>
    <message>
        <source>by kind, label and host name</source>
        <translation>par type, libellé et nom d&apos;hôte</translation>
    </message>
    <message>
        <source>by kind and host name</source>
        <translation>par type et nom d&apos;hôte</translation>
    </message>
    <message>
        <source>by kind and label</source>
        <translation>par type et libellé</translation>
    </message>
    <message>
        <source>by kind and neighbours</source>
        <translation>par type et voisins</translation>
    </message>
    <message>
        <source>(unset)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>%1 (%2) added</source>
        <translation>%1 (%2) ajouté</translation>
    </message>
    <message>
        <source>%1 (%2) removed</source>
        <translation>%1 (%2) supprimé</translation>
    </message>
    <message>
        <source>%1 is %2 in the old design (matched %3)</source>
        <translation>%1 est %2 dans l&apos;ancien schéma (correspondance %3)</translation>
    </message>
    <message>
        <source>%1: label %2 → %3</source>
        <translation>%1 : libellé %2 → %3</translation>
    </message>
    <message>
        <source>%1: moved from %2 to %3</source>
        <translation>%1 : déplacé depuis %2 vers %3</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>le niveau supérieur</translation>
    </message>
    <message>
        <source>%1: kind %2 → %3</source>
        <translation>%1 : type %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2: %3 → %4</source>
        <translation>%1 : %2 : %3 → %4</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 ajouté aux membres</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 retiré des membres</translation>
    </message>
    <message>
        <source>%1: members: %2</source>
        <translation>%1 : membres : %2</translation>
    </message>
    <message>
        <source>link %1 (%2 → %3, %4) added</source>
        <translation>lien %1 (%2 → %3, %4) ajouté</translation>
    </message>
    <message>
        <source>link %1 (%2 → %3, %4) removed</source>
        <translation>lien %1 (%2 → %3, %4) supprimé</translation>
    </message>
    <message>
        <source>link %1 is %2 in the old design (matched by its ends)</source>
        <translation>lien %1 est %2 dans l&apos;ancien schéma (correspondance par ses extrémités)</translation>
    </message>
    <message>
        <source>link %1: now from %2 (was %3)</source>
        <translation>lien %1 : part désormais de %2 (auparavant %3)</translation>
    </message>
    <message>
        <source>link %1: now to %2 (was %3)</source>
        <translation>lien %1 : va désormais vers %2 (auparavant %3)</translation>
    </message>
    <message>
        <source>link %1: protocol %2 → %3</source>
        <translation>lien %1 : protocole %2 → %3</translation>
    </message>
    <message>
        <source>link %1: port %2 → %3</source>
        <translation>lien %1 : port %2 → %3</translation>
    </message>
    <message>
        <source>link %1: label %2 → %3</source>
        <translation>lien %1 : libellé %2 → %3</translation>
    </message>
    <message>
        <source>design %1: %2 → %3</source>
        <translation>schéma %1 : %2 → %3</translation>
    </message>
    <message>
        <source>%1: moved on the canvas (%2 → %3)</source>
        <translation>%1 : déplacé sur le canevas (%2 → %3)</translation>
    </message>
    <message>
        <source>%1 (%2 nines)</source>
        <translation>%1 (%2 neuf)</translation>
    </message>
</context>
<context>
    <name>sw::DocumentController</name>
    <message>
        <source>Stackwright designs (*.stackwright *.json);;Stackwright file (*.stackwright);;JSON design (*.json);;All files (*)</source>
        <translation>Schémas Stackwright (*.stackwright *.json);;Fichier Stackwright (*.stackwright);;Schéma JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Stackwright</source>
        <translation>%1[*] — %2 — Stackwright</translation>
    </message>
    <message>
        <source>New design</source>
        <translation>Nouveau schéma</translation>
    </message>
    <message>
        <source>Cannot read the recovery file %1.</source>
        <translation>Impossible de lire le fichier de récupération %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The design &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>Le schéma &quot;%1&quot; a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Open design</source>
        <translation>Ouvrir un schéma</translation>
    </message>
    <message>
        <source>Cannot open the design</source>
        <translation>Impossible d&apos;ouvrir le schéma</translation>
    </message>
    <message>
        <source>Cannot save the design</source>
        <translation>Impossible d&apos;enregistrer le schéma</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>Enregistrer le schéma</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Récupérer le travail non enregistré ?</translation>
    </message>
    <message>
        <source>Stackwright was closed without saving changes (autosaved %1). Recover them?</source>
        <translation>Stackwright a été fermé sans enregistrer les modifications (enregistrement automatique %1). Les récupérer ?</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Récupération impossible</translation>
    </message>
</context>
<context>
    <name>sw::EditActions</name>
    <message>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>The clipboard does not hold Stackwright nodes.</source>
        <translation>Le presse-papiers ne contient pas de nœuds Stackwright.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n node(s)</source>
        <translation>
            <numerusform>%1 : %n nœud</numerusform>
            <numerusform>%1 : %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Rien ne correspond à &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) match &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n nœud correspond à &quot;%1&quot;.</numerusform>
            <numerusform>%n nœuds correspondent à &quot;%1&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ExportFormats</name>
    <message>
        <source>PNG image</source>
        <translation>image PNG</translation>
    </message>
    <message>
        <source>&amp;PNG Image...</source>
        <translation>Image &amp;PNG...</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>image SVG</translation>
    </message>
    <message>
        <source>&amp;SVG Image...</source>
        <translation>Image &amp;SVG...</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>document PDF</translation>
    </message>
    <message>
        <source>P&amp;DF Document...</source>
        <translation>Document P&amp;DF...</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
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
        <translation>Fichiers Graphviz (*.dot *.gv)</translation>
    </message>
    <message>
        <source>report (HTML or PDF)</source>
        <translation>rapport (HTML ou PDF)</translation>
    </message>
    <message>
        <source>&amp;Report (HTML or PDF)...</source>
        <translation>&amp;Rapport (HTML ou PDF)...</translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation>Rapport HTML (*.html);;Rapport PDF (*.pdf)</translation>
    </message>
    <message>
        <source>shell scripts</source>
        <translation>scripts shell</translation>
    </message>
    <message>
        <source>Shell scripts...</source>
        <translation>Scripts shell...</translation>
    </message>
    <message>
        <source>Write one idempotent provisioning script per server and a deploy.sh</source>
        <translation>Écrire un script de provisionnement idempotent par serveur et un deploy.sh</translation>
    </message>
    <message>
        <source>Ansible project</source>
        <translation>projet Ansible</translation>
    </message>
    <message>
        <source>Ansible project...</source>
        <translation>Projet Ansible...</translation>
    </message>
    <message>
        <source>Write an Ansible inventory, site.yml and one role per concern</source>
        <translation>Écrire un inventaire Ansible, site.yml et un rôle par préoccupation</translation>
    </message>
</context>
<context>
    <name>sw::ExportOptionsDialog</name>
    <message>
        <source>Export options</source>
        <translation>Options d&apos;exportation</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>Arrière-plan :</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <source>Only the selected items</source>
        <translation>Seulement les éléments sélectionnés</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>sw::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Aucun profil</translation>
    </message>
    <message>
        <source>The spec stage this design is checked against (saved with the design)</source>
        <translation>L&apos;étape de la spécification par rapport à laquelle ce schéma est vérifié (enregistrée avec le schéma)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <source>Apply the quick fix (undoable)</source>
        <translation>Appliquer le correctif rapide (annulable)</translation>
    </message>
    <message>
        <source>Switch off for this design...</source>
        <translation>Désactiver pour ce schéma...</translation>
    </message>
    <message>
        <source>Stop reporting this rule for this design; the reason is saved with it</source>
        <translation>Ne plus signaler cette règle pour ce schéma ; la raison est enregistrée avec lui</translation>
    </message>
    <message>
        <source>Rules switched off for this design:</source>
        <translation>Règles désactivées pour ce schéma :</translation>
    </message>
    <message>
        <source>Switch back &amp;on</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n information</numerusform>
            <numerusform>%n informations</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: the design follows every rule.</source>
        <translation>Aucun constat : le schéma suit toutes les règles.</translation>
    </message>
    <message numerus="yes">
        <source>(%n hidden by switched-off rules)</source>
        <translation>
            <numerusform>(%n masqué par des règles désactivées)</numerusform>
            <numerusform>(%n masqués par des règles désactivées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n finding(s) hidden)</source>
        <translation>
            <numerusform>%1 : %2 (%n constat masqué)</numerusform>
            <numerusform>%1 : %2 (%n constats masqués)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a finding to see why it matters and how to fix it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un constat pour voir pourquoi il compte et comment le corriger.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Correction :</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Règle %1 : %2</translation>
    </message>
    <message>
        <source>Switch off %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message>
        <source>Why is &quot;%1&quot; not a problem for this design?
The reason is saved with the design.</source>
        <translation>Pourquoi &quot;%1&quot; n&apos;est-il pas un problème pour ce schéma ?
La raison est enregistrée avec le schéma.</translation>
    </message>
</context>
<context>
    <name>sw::FlowPanel</name>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Step back (Left)</source>
        <translation>Étape précédente (Gauche)</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Lecture / pause (Espace)</translation>
    </message>
    <message>
        <source>Step forward (Right)</source>
        <translation>Étape suivante (Droite)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Press play or step forward to follow one request through the stack.</source>
        <translation>Appuyez sur lecture ou étape suivante pour suivre une requête à travers la pile.</translation>
    </message>
</context>
<context>
    <name>sw::GraphWalker</name>
    <message>
        <source>%1 kept: walk to another node and press Ctrl+L to link the two, or Shift+Space to let it go.</source>
        <translation>%1 retenu : allez vers un autre nœud et appuyez sur Ctrl+L pour relier les deux, ou sur Maj+Espace pour le relâcher.</translation>
    </message>
    <message>
        <source>%1 no longer kept.</source>
        <translation>%1 n&apos;est plus retenu.</translation>
    </message>
    <message>
        <source>Created: %1.</source>
        <translation>Créé : %1.</translation>
    </message>
</context>
<context>
    <name>sw::GraphvizLayout</name>
    <message>
        <source>Graphviz could not create a graph</source>
        <translation>Graphviz n&apos;a pas pu créer de graphe</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the design</source>
        <translation>Graphviz n&apos;a pas pu disposer le schéma</translation>
    </message>
    <message>
        <source>The layout was cancelled</source>
        <translation>La disposition a été annulée</translation>
    </message>
    <message>
        <source>Graphviz could not be started</source>
        <translation>Graphviz n&apos;a pas pu être lancé</translation>
    </message>
    <message>
        <source>Preparing the graph</source>
        <translation>Préparation du graphe</translation>
    </message>
    <message>
        <source>Running Graphviz</source>
        <translation>Exécution de Graphviz</translation>
    </message>
    <message>
        <source>Placing the nodes</source>
        <translation>Placement des nœuds</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>sw::HelpMenu</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>&lt;b&gt;Palette&lt;/b&gt;&lt;br&gt;The kinds of node you can place. Drag one onto the canvas, double-click it, or press Ctrl+Shift+A to search and place. Drop a service onto a server to put it inside.</source>
        <translation>&lt;b&gt;Palette&lt;/b&gt;&lt;br&gt;Les types de nœuds que vous pouvez placer. Faites-en glisser un sur le canevas, double-cliquez dessus ou appuyez sur Ctrl+Shift+A pour rechercher et placer. Déposez un service sur un serveur pour l&apos;y placer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Properties&lt;/b&gt;&lt;br&gt;The selected node&apos;s properties, each with an editor of its type. Addresses, host names and ports are checked as you type; a bad value is named and refused. Every change can be undone.</source>
        <translation>&lt;b&gt;Propriétés&lt;/b&gt;&lt;br&gt;Les propriétés du nœud sélectionné, chacune avec un éditeur adapté à son type. Les adresses, noms d&apos;hôte et ports sont vérifiés pendant la saisie ; une valeur incorrecte est signalée et refusée. Toute modification peut être annulée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings&lt;/b&gt;&lt;br&gt;What the validator finds, by severity, with why it matters and how to fix it. Select a finding to highlight its nodes; &lt;i&gt;Fix&lt;/i&gt; applies the quick fix. A rule can be switched off for this design, with a reason.</source>
        <translation>&lt;b&gt;Constats&lt;/b&gt;&lt;br&gt;Ce que trouve le validateur, par gravité, avec leur importance et la façon d&apos;y remédier. Sélectionnez un constat pour mettre en évidence ses nœuds ; &lt;i&gt;Corriger&lt;/i&gt; applique le correctif rapide. Une règle peut être désactivée pour ce schéma, avec une justification.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Analysis&lt;/b&gt;&lt;br&gt;Availability per tier and for the design, capacity and the bottleneck, failure what-if (fail nodes and see who is still served), the request-flow animation and activities for teachers.</source>
        <translation>&lt;b&gt;Analyse&lt;/b&gt;&lt;br&gt;La disponibilité par niveau et pour le schéma, la capacité et le goulot d&apos;étranglement, la simulation de pannes (mettez des nœuds en panne et voyez qui est encore servi), l&apos;animation du flux des requêtes et des activités pour les enseignants.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Canvas&lt;/b&gt;&lt;br&gt;Your design: servers are boxes that hold their services, zones hold servers, clusters are drawn around their members. Drag from a node&apos;s handle to another node to link them. Ctrl+wheel zooms, Space+drag or the middle button pans.</source>
        <translation>&lt;b&gt;Canevas&lt;/b&gt;&lt;br&gt;Votre schéma : les serveurs sont des boîtes qui contiennent leurs services, les zones contiennent des serveurs, les grappes sont dessinées autour de leurs membres. Faites glisser la poignée d&apos;un nœud vers un autre nœud pour les relier. Ctrl+molette pour zoomer, Espace+glisser ou le bouton central pour faire défiler la vue.</translation>
    </message>
    <message>
        <source>Stackwright Manual</source>
        <translation>Manuel de Stackwright</translation>
    </message>
    <message>
        <source>Manual pages</source>
        <translation>Pages de manuel</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manuel</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Stackwright</source>
        <translation>À &amp;propos de Stackwright</translation>
    </message>
</context>
<context>
    <name>sw::JsonFormat</name>
    <message>
        <source>%1: field &quot;%2&quot; is missing</source>
        <translation>%1 : le champ &quot;%2&quot; manque</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: must be a string, not %3</source>
        <translation>%1, champ &quot;%2&quot; : doit être une chaîne, pas %3</translation>
    </message>
    <message>
        <source>node #%1</source>
        <translation>nœud n° %1</translation>
    </message>
    <message>
        <source>%1: must be an object, not %2</source>
        <translation>%1 : doit être un objet, pas %2</translation>
    </message>
    <message>
        <source>%1, field &quot;id&quot;: &quot;%2&quot; must start with a letter and hold at most 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation>%1, champ &quot;id&quot; : &quot;%2&quot; doit commencer par une lettre et contenir au plus 64 lettres, chiffres, &apos;_&apos;, &apos;.&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; (kind-specific values go in &quot;props&quot;)</source>
        <translation>%1 : champ &quot;%2&quot; inconnu (les valeurs propres au type vont dans &quot;props&quot;)</translation>
    </message>
    <message>
        <source>%1, field &quot;kind&quot;: unknown kind &quot;%2&quot; (one of: %3)</source>
        <translation>%1, champ &quot;kind&quot; : type &quot;%2&quot; inconnu (parmi : %3)</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is missing (give both x and y, or neither)</source>
        <translation>%1 : le champ &quot;%2&quot; manque (donnez à la fois x et y, ou aucun des deux)</translation>
    </message>
    <message>
        <source>%1, field &quot;x&quot;: must be a number, not %2</source>
        <translation>%1, champ &quot;x&quot; : doit être un nombre, pas %2</translation>
    </message>
    <message>
        <source>%1, field &quot;y&quot;: must be a number, not %2</source>
        <translation>%1, champ &quot;y&quot; : doit être un nombre, pas %2</translation>
    </message>
    <message>
        <source>%1, field &quot;props&quot;: must be an object, not %2</source>
        <translation>%1, champ &quot;props&quot; : doit être un objet, pas %2</translation>
    </message>
    <message>
        <source>%1, field &quot;props.%2&quot;: must be a string, a number, a boolean or an array of strings, not %3</source>
        <translation>%1, champ &quot;props.%2&quot; : doit être une chaîne, un nombre, un booléen ou un tableau de chaînes, pas %3</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;</source>
        <translation>%1 : champ &quot;%2&quot; inconnu</translation>
    </message>
    <message>
        <source>%1, field &quot;protocol&quot;: unknown protocol &quot;%2&quot; (one of: %3)</source>
        <translation>%1, champ &quot;protocol&quot; : protocole &quot;%2&quot; inconnu (parmi : %3)</translation>
    </message>
    <message>
        <source>%1, field &quot;port&quot;: must be a whole number</source>
        <translation>%1, champ &quot;port&quot; : doit être un nombre entier</translation>
    </message>
    <message>
        <source>%1, field &quot;port&quot;: %2 is out of range (1 to 65535)</source>
        <translation>%1, champ &quot;port&quot; : %2 est hors limites (1 à 65535)</translation>
    </message>
    <message>
        <source>field &quot;suppressions&quot;: must be an array</source>
        <translation>champ &quot;suppressions&quot; : doit être un tableau</translation>
    </message>
    <message>
        <source>suppression #%1</source>
        <translation>suppression n° %1</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1 : doit être un objet</translation>
    </message>
    <message>
        <source>field &quot;format&quot; is missing (expected &quot;stackwright-design&quot;)</source>
        <translation>le champ &quot;format&quot; manque (&quot;stackwright-design&quot; attendu)</translation>
    </message>
    <message>
        <source>field &quot;format&quot;: expected &quot;stackwright-design&quot;, found %1</source>
        <translation>champ &quot;format&quot; : &quot;stackwright-design&quot; attendu, %1 trouvé</translation>
    </message>
    <message>
        <source>field &quot;version&quot; is missing</source>
        <translation>le champ &quot;version&quot; manque</translation>
    </message>
    <message>
        <source>field &quot;version&quot;: must be a whole number, 1 or more</source>
        <translation>champ &quot;version&quot; : doit être un nombre entier, 1 ou plus</translation>
    </message>
    <message>
        <source>field &quot;version&quot;: this file was made by a newer Stackwright (format version %1; this one reads version %2)</source>
        <translation>champ &quot;version&quot; : ce fichier a été créé par un Stackwright plus récent (version de format %1 ; celui-ci lit la version %2)</translation>
    </message>
    <message>
        <source>unknown top-level field &quot;%1&quot;</source>
        <translation>champ de premier niveau &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>le schéma</translation>
    </message>
    <message>
        <source>field &quot;profile&quot;: unknown profile &quot;%1&quot; (one of: %2)</source>
        <translation>champ &quot;profile&quot; : profil &quot;%1&quot; inconnu (parmi : %2)</translation>
    </message>
    <message>
        <source>field &quot;nodes&quot; is missing</source>
        <translation>le champ &quot;nodes&quot; manque</translation>
    </message>
    <message>
        <source>field &quot;nodes&quot;: must be an array, not %1</source>
        <translation>champ &quot;nodes&quot; : doit être un tableau, pas %1</translation>
    </message>
    <message>
        <source>field &quot;links&quot; is missing</source>
        <translation>le champ &quot;links&quot; manque</translation>
    </message>
    <message>
        <source>field &quot;links&quot;: must be an array, not %1</source>
        <translation>champ &quot;links&quot; : doit être un tableau, pas %1</translation>
    </message>
    <message>
        <source>%1, field &quot;id&quot;: the id is used twice</source>
        <translation>%1, champ &quot;id&quot; : l&apos;identifiant est utilisé deux fois</translation>
    </message>
    <message>
        <source>%1, field &quot;id&quot;: the id is used twice (a node has it too)</source>
        <translation>%1, champ &quot;id&quot; : l&apos;identifiant est utilisé deux fois (un nœud l&apos;a aussi)</translation>
    </message>
    <message>
        <source>%1, field &quot;id&quot;: the id is used twice (by another link)</source>
        <translation>%1, champ &quot;id&quot; : l&apos;identifiant est utilisé deux fois (par un autre lien)</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: no node has the id &quot;%3&quot;</source>
        <translation>%1, champ &quot;%2&quot; : aucun nœud n&apos;a l&apos;identifiant &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1, field &quot;to&quot;: a link must join two different nodes</source>
        <translation>%1, champ &quot;to&quot; : un lien doit joindre deux nœuds différents</translation>
    </message>
    <message>
        <source>%1, field &quot;label&quot;: at most 200 characters</source>
        <translation>%1, champ &quot;label&quot; : 200 caractères au plus</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (et %n autre problème)</numerusform>
            <numerusform>(et %n autres problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>broken JSON at line %1, column %2: %3</source>
        <translation>JSON invalide ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>le document doit être un objet JSON</translation>
    </message>
    <message>
        <source>the design is too big (more than %1 MiB)</source>
        <translation>le schéma est trop volumineux (plus de %1 Mio)</translation>
    </message>
</context>
<context>
    <name>sw::Kinds</name>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Fraction of time this element works (0.999 = three nines)</source>
        <translation>Fraction du temps pendant laquelle cet élément fonctionne (0,999 = trois neuf)</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Where users&apos; requests come from</source>
        <translation>D&apos;où viennent les requêtes des utilisateurs</translation>
    </message>
    <message>
        <source>Expected load (req/s)</source>
        <translation>Charge attendue (req/s)</translation>
    </message>
    <message>
        <source>Requests per second the users send</source>
        <translation>Requêtes par seconde envoyées par les utilisateurs</translation>
    </message>
    <message>
        <source>DNS record</source>
        <translation>Enregistrement DNS</translation>
    </message>
    <message>
        <source>A name that points users at the entry of the stack</source>
        <translation>Un nom qui dirige les utilisateurs vers l&apos;entrée de la pile</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>The host name, e.g. www.foobar.com</source>
        <translation>Le nom d&apos;hôte, p. ex. www.foobar.com</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Type d&apos;enregistrement</translation>
    </message>
    <message>
        <source>The DNS record type</source>
        <translation>Le type d&apos;enregistrement DNS</translation>
    </message>
    <message>
        <source>Points at</source>
        <translation>Pointe vers</translation>
    </message>
    <message>
        <source>The node the record resolves to</source>
        <translation>Le nœud vers lequel l&apos;enregistrement se résout</translation>
    </message>
    <message>
        <source>SSL certificate</source>
        <translation>Certificat SSL</translation>
    </message>
    <message>
        <source>A TLS certificate that lets a service speak HTTPS</source>
        <translation>Un certificat TLS qui permet à un service de parler HTTPS</translation>
    </message>
    <message>
        <source>The name the certificate is for</source>
        <translation>Le nom pour lequel le certificat est émis</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Who signs the certificate</source>
        <translation>Qui signe le certificat</translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation>Installé sur</translation>
    </message>
    <message>
        <source>The services that present it</source>
        <translation>Les services qui le présentent</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>One machine, virtual machine or container that runs services</source>
        <translation>Une machine, machine virtuelle ou un conteneur qui exécute des services</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>The machine&apos;s name (letters, digits and hyphens)</source>
        <translation>Le nom de la machine (lettres, chiffres et traits d&apos;union)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>The IP address to reach it</source>
        <translation>L&apos;adresse IP pour l&apos;atteindre</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>The system the deploy scripts target</source>
        <translation>Le système que ciblent les scripts de déploiement</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>Utilisateur SSH</translation>
    </message>
    <message>
        <source>Account used to deploy</source>
        <translation>Compte utilisé pour déployer</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>Port SSH</translation>
    </message>
    <message>
        <source>Port of the SSH server</source>
        <translation>Port du serveur SSH</translation>
    </message>
    <message>
        <source>Capacity (req/s)</source>
        <translation>Capacité (req/s)</translation>
    </message>
    <message>
        <source>Requests per second this server can handle</source>
        <translation>Requêtes par seconde que ce serveur peut traiter</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Répartiteur de charge</translation>
    </message>
    <message>
        <source>Spreads requests over the servers behind it</source>
        <translation>Répartit les requêtes entre les serveurs placés derrière lui</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>The load balancer program</source>
        <translation>Le programme de répartiteur de charge</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>How the next backend is chosen</source>
        <translation>Comment le serveur suivant est choisi</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Whether it decrypts HTTPS or passes it on</source>
        <translation>S&apos;il déchiffre le HTTPS ou le transmet tel quel</translation>
    </message>
    <message>
        <source>Web server</source>
        <translation>Serveur web</translation>
    </message>
    <message>
        <source>Serves static files and forwards dynamic requests</source>
        <translation>Sert les fichiers statiques et transmet les requêtes dynamiques</translation>
    </message>
    <message>
        <source>The web server program</source>
        <translation>Le programme de serveur web</translation>
    </message>
    <message>
        <source>Whether it serves HTTPS itself</source>
        <translation>S&apos;il sert lui-même le HTTPS</translation>
    </message>
    <message>
        <source>Application server</source>
        <translation>Serveur d&apos;applications</translation>
    </message>
    <message>
        <source>Runs the application code</source>
        <translation>Exécute le code de l&apos;application</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Environnement d&apos;exécution</translation>
    </message>
    <message>
        <source>Language runtime</source>
        <translation>Environnement d&apos;exécution du langage</translation>
    </message>
    <message>
        <source>WSGI server</source>
        <translation>Serveur WSGI</translation>
    </message>
    <message>
        <source>How the Python code is served</source>
        <translation>Comment le code Python est servi</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Port the application listens on</source>
        <translation>Port sur lequel l&apos;application écoute</translation>
    </message>
    <message>
        <source>Codebase</source>
        <translation>Code source</translation>
    </message>
    <message>
        <source>The application&apos;s source code, checked out on the server</source>
        <translation>Le code source de l&apos;application, récupéré sur le serveur</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>URL of the Git repository</source>
        <translation>URL du dépôt Git</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Branch to check out</source>
        <translation>Branche à récupérer</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Stores the application&apos;s data</source>
        <translation>Stocke les données de l&apos;application</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Database program</source>
        <translation>Programme de base de données</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>A primary accepts writes; a replica follows a primary</source>
        <translation>Un primaire accepte les écritures ; une réplique suit un primaire</translation>
    </message>
    <message>
        <source>Replicates from</source>
        <translation>Réplique depuis</translation>
    </message>
    <message>
        <source>The primary this replica follows</source>
        <translation>Le primaire que suit cette réplique</translation>
    </message>
    <message>
        <source>Monitoring agent</source>
        <translation>Agent de supervision</translation>
    </message>
    <message>
        <source>Collects logs and metrics of its server</source>
        <translation>Collecte les journaux et les métriques de son serveur</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Monitoring product</source>
        <translation>Produit de supervision</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Rapporte à</translation>
    </message>
    <message>
        <source>The monitoring service that receives the data</source>
        <translation>Le service de supervision qui reçoit les données</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Pare-feu</translation>
    </message>
    <message>
        <source>Lets through only the traffic it allows</source>
        <translation>Ne laisse passer que le trafic qu&apos;il autorise</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Open ports: PORT/PROTO or PORT/PROTO from ID</source>
        <translation>Ports ouverts : PORT/PROTO ou PORT/PROTO from ID</translation>
    </message>
    <message>
        <source>Monitoring service</source>
        <translation>Service de supervision</translation>
    </message>
    <message>
        <source>A monitoring system outside the stack</source>
        <translation>Un système de supervision extérieur à la pile</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Where agents send their data</source>
        <translation>Où les agents envoient leurs données</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Grappe</translation>
    </message>
    <message>
        <source>Load balancers or servers that act as one</source>
        <translation>Des répartiteurs de charge ou des serveurs qui agissent comme un seul</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>The load balancers or servers of the cluster</source>
        <translation>Les répartiteurs de charge ou les serveurs de la grappe</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>One member works and the other waits, or both work</source>
        <translation>Un membre travaille et l&apos;autre attend, ou les deux travaillent</translation>
    </message>
    <message>
        <source>Virtual address</source>
        <translation>Adresse virtuelle</translation>
    </message>
    <message>
        <source>The address that moves to whichever member is alive</source>
        <translation>L&apos;adresse qui passe au membre encore en vie</translation>
    </message>
    <message>
        <source>Network zone</source>
        <translation>Zone réseau</translation>
    </message>
    <message>
        <source>A network segment drawn as a box</source>
        <translation>Un segment réseau dessiné comme un cadre</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>How far the zone is trusted</source>
        <translation>Le degré de confiance accordé à la zone</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A text annotation</source>
        <translation>Une annotation textuelle</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>The note&apos;s text</source>
        <translation>Le texte de la note</translation>
    </message>
    <message>
        <source>Redirect HTTP to HTTPS</source>
        <translation>Rediriger HTTP vers HTTPS</translation>
    </message>
    <message>
        <source>Port 80 answers with a redirect to the HTTPS address</source>
        <translation>Le port 80 répond par une redirection vers l&apos;adresse HTTPS</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Keeps answers in memory so the application asks the database less often</source>
        <translation>Garde les réponses en mémoire pour que l&apos;application interroge moins souvent la base de données</translation>
    </message>
    <message>
        <source>Cache program: Redis or Memcached</source>
        <translation>Programme de cache : Redis ou Memcached</translation>
    </message>
    <message>
        <source>Port the cache listens on (6379 for Redis, 11211 for Memcached)</source>
        <translation>Port sur lequel le cache écoute (6379 pour Redis, 11211 pour Memcached)</translation>
    </message>
    <message>
        <source>Memory (MB)</source>
        <translation>Mémoire (Mo)</translation>
    </message>
    <message>
        <source>Memory the cache may use before it evicts entries</source>
        <translation>Mémoire que le cache peut utiliser avant d&apos;évincer des entrées</translation>
    </message>
</context>
<context>
    <name>sw::Lab</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>the lab creates network and mount namespaces and runs the servers&apos; daemons in them, which needs root%1; run it with sudo</source>
        <translation>le laboratoire crée des espaces de noms réseau et de montage et y exécute les démons des serveurs, ce qui nécessite les droits root%1 ; lancez-le avec sudo</translation>
    </message>
    <message>
        <source> (unprivileged user namespaces are allowed here, but the packaged daemons do not run in them)</source>
        <translation> (les espaces de noms utilisateur non privilégiés sont autorisés ici, mais les démons empaquetés ne s&apos;y exécutent pas)</translation>
    </message>
    <message>
        <source> (unprivileged user namespaces are disabled here)</source>
        <translation> (les espaces de noms utilisateur non privilégiés sont désactivés ici)</translation>
    </message>
    <message>
        <source>a lab step failed (exit code %1)</source>
        <translation>une étape du laboratoire a échoué (code de sortie %1)</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: %2</source>
        <translation>nœud &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <source>no lab is running (%1 has none): start one with: stackwright-cli lab up FILE</source>
        <translation>aucun laboratoire n&apos;est en cours d&apos;exécution (%1 n&apos;en contient aucun) : démarrez-en un avec : stackwright-cli lab up FILE</translation>
    </message>
    <message>
        <source>cancelled: run `stackwright-cli lab down` (or close the lab) to remove what was started</source>
        <translation>annulé : exécutez `stackwright-cli lab down` (ou fermez le laboratoire) pour supprimer ce qui a été démarré</translation>
    </message>
    <message>
        <source>a lab is already running here (%1): stop it first with: stackwright-cli lab down</source>
        <translation>un laboratoire est déjà en cours d&apos;exécution ici (%1) : arrêtez-le d&apos;abord avec : stackwright-cli lab down</translation>
    </message>
    <message>
        <source>creating the lab network</source>
        <translation>création du réseau du laboratoire</translation>
    </message>
    <message>
        <source>creating the lab CA</source>
        <translation>création de l&apos;AC du laboratoire</translation>
    </message>
    <message>
        <source>network and mount namespaces</source>
        <translation>espaces de noms réseau et de montage</translation>
    </message>
    <message>
        <source>waiting for the stack to answer</source>
        <translation>attente de la réponse de la pile</translation>
    </message>
    <message>
        <source>the lab is up</source>
        <translation>le laboratoire est démarré</translation>
    </message>
    <message>
        <source>cancelled: run `stackwright-cli lab down` to remove what was started</source>
        <translation>annulé : exécutez `stackwright-cli lab down` pour supprimer ce qui a été démarré</translation>
    </message>
    <message>
        <source>no server holds the virtual address yet</source>
        <translation>aucun serveur ne détient encore l&apos;adresse virtuelle</translation>
    </message>
    <message>
        <source>the servers are provisioned, but the stack does not answer after 30 s: %1</source>
        <translation>les serveurs sont provisionnés, mais la pile ne répond pas après 30 s : %1</translation>
    </message>
    <message>
        <source>provisioned</source>
        <translation>provisionné</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: its script %2 failed (log: %3/logs/%1.log):
%4</source>
        <translation>nœud &quot;%1&quot; : son script %2 a échoué (journal : %3/logs/%1.log) :
%4</translation>
    </message>
    <message>
        <source>the servers run as %1 (this machine&apos;s system)</source>
        <translation>les serveurs s&apos;exécutent sous %1 (le système de cette machine)</translation>
    </message>
    <message>
        <source>no node &quot;%1&quot; in the lab (see stackwright-cli lab status)</source>
        <translation>aucun nœud &quot;%1&quot; dans le laboratoire (voir stackwright-cli lab status)</translation>
    </message>
    <message>
        <source>cannot start nsenter: %1</source>
        <translation>impossible de lancer nsenter : %1</translation>
    </message>
    <message>
        <source>no server &quot;%1&quot; in the lab (see stackwright-cli lab status)</source>
        <translation>aucun serveur &quot;%1&quot; dans le laboratoire (voir stackwright-cli lab status)</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1 : écriture impossible</translation>
    </message>
    <message>
        <source>the design has no DNS record pointing at the stack: nothing to probe</source>
        <translation>le schéma ne contient aucun enregistrement DNS pointant vers la pile : rien à sonder</translation>
    </message>
    <message>
        <source>the lab runs on Debian 12 or Ubuntu 22.04/24.04; /etc/os-release names another system</source>
        <translation>le laboratoire fonctionne sous Debian 12 ou Ubuntu 22.04/24.04 ; /etc/os-release indique un autre système</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;, field &quot;address&quot;: the lab puts each server on its address; give it one</source>
        <translation>nœud &quot;%1&quot;, champ &quot;address&quot; : le laboratoire place chaque serveur sur son adresse ; indiquez-en une</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: the bundle&apos;s script %2 has no place for the lab profile</source>
        <translation>nœud &quot;%1&quot; : le script %2 du paquet ne prévoit pas d&apos;emplacement pour le profil du laboratoire</translation>
    </message>
    <message>
        <source>%1 cannot be reached offline: the demo application runs in its place</source>
        <translation>%1 est injoignable hors ligne : l&apos;application de démonstration s&apos;exécute à sa place</translation>
    </message>
    <message>
        <source>a network firewall: a namespace on the bridge; its rules are not applied in the lab</source>
        <translation>un pare-feu réseau : un espace de noms sur le pont ; ses règles ne sont pas appliquées dans le laboratoire</translation>
    </message>
    <message>
        <source>sudo stackwright-cli lab up FILE (or start Stackwright itself with sudo)</source>
        <translation>sudo stackwright-cli lab up FILE (ou lancez Stackwright lui-même avec sudo)</translation>
    </message>
    <message>
        <source>not installed on this machine: %1 (the lab takes every package from this machine)</source>
        <translation>non installé sur cette machine : %1 (le laboratoire prend tous les paquets de cette machine)</translation>
    </message>
    <message>
        <source>%1://%2/ answered %3 %4</source>
        <translation>%1://%2/ a répondu %3 %4</translation>
    </message>
</context>
<context>
    <name>sw::LabFeature</name>
    <message>
        <source>Lab</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Run as &amp;Lab</source>
        <translation>Exécuter en &amp;laboratoire</translation>
    </message>
    <message>
        <source>Stand the design up for real on this machine, one network namespace per server</source>
        <translation>Monter le schéma pour de vrai sur cette machine, un espace de noms réseau par serveur</translation>
    </message>
    <message>
        <source>Stop the La&amp;b</source>
        <translation>Arrêter le la&amp;boratoire</translation>
    </message>
    <message>
        <source>Fail or Heal Selected Server in the Lab</source>
        <translation>Mettre en panne ou rétablir le serveur sélectionné dans le laboratoire</translation>
    </message>
    <message>
        <source>&amp;Lab Panel</source>
        <translation>Panneau du &amp;laboratoire</translation>
    </message>
    <message>
        <source>The lab did not start: %1</source>
        <translation>Le laboratoire n&apos;a pas démarré : %1</translation>
    </message>
    <message>
        <source>Run as Lab</source>
        <translation>Exécuter en laboratoire</translation>
    </message>
    <message>
        <source>A lab is already running on this machine (started from the command line, or left by a crash). Stop it and start this design instead?</source>
        <translation>Un laboratoire tourne déjà sur cette machine (lancé depuis la ligne de commande, ou laissé par un plantage). L&apos;arrêter et démarrer ce schéma à la place ?</translation>
    </message>
    <message>
        <source>Starting the lab of %1…</source>
        <translation>Démarrage du laboratoire de %1…</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>le schéma</translation>
    </message>
    <message>
        <source>Stopping the lab…</source>
        <translation>Arrêt du laboratoire…</translation>
    </message>
    <message>
        <source>The lab did not come up: %1</source>
        <translation>Le laboratoire n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>The lab is up (%1 s). Right-click a server (or select it and press F8) to fail or heal it.</source>
        <translation>Le laboratoire est en place (%1 s). Cliquez avec le bouton droit sur un serveur (ou sélectionnez-le et appuyez sur F8) pour le mettre en panne ou le rétablir.</translation>
    </message>
    <message>
        <source>The lab is stopped; nothing of it is left on this machine.</source>
        <translation>Le laboratoire est arrêté ; il n&apos;en reste rien sur cette machine.</translation>
    </message>
    <message>
        <source>%1 failed in the lab: its daemons are stopped.</source>
        <translation>%1 est en panne dans le laboratoire : ses démons sont arrêtés.</translation>
    </message>
    <message>
        <source>%1 healed: its daemons run again.</source>
        <translation>%1 rétabli : ses démons tournent à nouveau.</translation>
    </message>
    <message>
        <source>Heal &quot;%1&quot; in the Lab</source>
        <translation>Rétablir &quot;%1&quot; dans le laboratoire</translation>
    </message>
    <message>
        <source>Fail &quot;%1&quot; in the Lab</source>
        <translation>Mettre &quot;%1&quot; en panne dans le laboratoire</translation>
    </message>
    <message>
        <source>Only a server of the running lab can be failed or healed.</source>
        <translation>Seul un serveur du laboratoire en cours d&apos;exécution peut être mis en panne ou rétabli.</translation>
    </message>
</context>
<context>
    <name>sw::LabLayer</name>
    <message>
        <source>lab: %1</source>
        <translation>laboratoire : %1</translation>
    </message>
    <message>
        <source>holds VIP %1</source>
        <translation>détient l&apos;adresse virtuelle %1</translation>
    </message>
</context>
<context>
    <name>sw::LabPaths</name>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 depuis %2</translation>
    </message>
    <message>
        <source>no answer from %1: %2</source>
        <translation>pas de réponse de %1 : %2</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation>HTTP %1 de %2 : %3</translation>
    </message>
    <message>
        <source>no answer after %1: %2</source>
        <translation>pas de réponse après %1 : %2</translation>
    </message>
</context>
<context>
    <name>sw::LabProgressView</name>
    <message>
        <source>Run as Lab</source>
        <translation>Exécuter en laboratoire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop Lab</source>
        <translation>Arrêter le laboratoire</translation>
    </message>
    <message>
        <source>Server / step</source>
        <translation>Serveur / étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Lab progress</source>
        <translation>Progression du laboratoire</translation>
    </message>
    <message>
        <source>holds the virtual address</source>
        <translation>détient l&apos;adresse virtuelle</translation>
    </message>
    <message>
        <source>&lt;b&gt;The lab cannot run here:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le laboratoire ne peut pas s&apos;exécuter ici :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Run:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;Exécutez :&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>The lab</source>
        <translation>Le laboratoire</translation>
    </message>
    <message>
        <source>lab network (bridge, no route out)</source>
        <translation>réseau du laboratoire (pont, sans route vers l&apos;extérieur)</translation>
    </message>
    <message>
        <source>network and mount namespaces</source>
        <translation>espaces de noms réseau et de montage</translation>
    </message>
    <message>
        <source>lab certificate authority</source>
        <translation>autorité de certification du laboratoire</translation>
    </message>
    <message>
        <source>files, packages and daemons (%1)</source>
        <translation>fichiers, paquets et démons (%1)</translation>
    </message>
    <message>
        <source>the stack answers through the virtual address</source>
        <translation>la pile répond via l&apos;adresse virtuelle</translation>
    </message>
    <message>
        <source>the lab is up</source>
        <translation>le laboratoire est opérationnel</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>holds VIP %1</source>
        <translation>détient l&apos;adresse virtuelle %1</translation>
    </message>
    <message>
        <source>daemon %1</source>
        <translation>démon %1</translation>
    </message>
    <message>
        <source>not in the lab</source>
        <translation>hors du laboratoire</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>arrêté</translation>
    </message>
</context>
<context>
    <name>sw::LabRequestsPanel</name>
    <message>
        <source>Real requests (lab)</source>
        <translation>Requêtes réelles (laboratoire)</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> requêtes</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>Nombre de requêtes</translation>
    </message>
    <message>
        <source>Send Requests</source>
        <translation>Envoyer les requêtes</translation>
    </message>
    <message>
        <source>From the users&apos; namespace to https://DOMAIN/ through the design&apos;s DNS and virtual address</source>
        <translation>Depuis l&apos;espace de noms des utilisateurs vers https://DOMAIN/ via le DNS et l&apos;adresse virtuelle du schéma</translation>
    </message>
    <message>
        <source>Start the lab (Tools &gt; Run as Lab) to send real requests.</source>
        <translation>Démarrez le laboratoire (Outils &gt; Exécuter en laboratoire) pour envoyer des requêtes réelles.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Path taken</source>
        <translation>Chemin suivi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sent &lt;b&gt;%1&lt;/b&gt; · served &lt;b style=&apos;color:#1e7e4a&apos;&gt;%2&lt;/b&gt; · failed &lt;b style=&apos;color:#c62828&apos;&gt;%3&lt;/b&gt; · median &lt;b&gt;%4 ms&lt;/b&gt;</source>
        <translation>Envoyées &lt;b&gt;%1&lt;/b&gt; · servies &lt;b style=&apos;color:#1e7e4a&apos;&gt;%2&lt;/b&gt; · échouées &lt;b style=&apos;color:#c62828&apos;&gt;%3&lt;/b&gt; · médiane &lt;b&gt;%4 ms&lt;/b&gt;</translation>
    </message>
    <message>
        <source>failed at %1</source>
        <translation>échec à %1</translation>
    </message>
    <message>
        <source>the entry</source>
        <translation>l&apos;entrée</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>n° %1 %2</translation>
    </message>
    <message>
        <source>served</source>
        <translation>servie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
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
        <translation>un laboratoire est déjà en cours depuis cette fenêtre : arrêtez-le d&apos;abord</translation>
    </message>
    <message>
        <source>a lab is already running on this machine (%1): started from the command line or left by a crash</source>
        <translation>un laboratoire est déjà en cours sur cette machine (%1) : lancé depuis la ligne de commande ou laissé par un plantage</translation>
    </message>
</context>
<context>
    <name>sw::LabStates</name>
    <message>
        <source>not in the lab</source>
        <translation>hors du laboratoire</translation>
    </message>
    <message>
        <source>up</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>down</source>
        <translation>en panne</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
</context>
<context>
    <name>sw::LabVerifyDialog</name>
    <message>
        <source>Check Predictions in the Lab</source>
        <translation>Vérifier les prédictions dans le laboratoire</translation>
    </message>
    <message>
        <source>The design runs as a lab on this machine. Each server is failed in turn, requests are sent from the users&apos; side (reads, and writes that must reach the primary database), then it is healed. The table compares what happened with what the validator and the what-if analysis predict.</source>
        <translation>Le schéma s&apos;exécute en laboratoire sur cette machine. Chaque serveur est mis en panne à tour de rôle, des requêtes sont envoyées du côté des utilisateurs (lectures, et écritures qui doivent atteindre la base de données primaire), puis il est rétabli. Le tableau compare ce qui s&apos;est passé avec ce que prédisent le validateur et l&apos;analyse de scénarios.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En panne</translation>
    </message>
    <message>
        <source>SPOF (validator)</source>
        <translation>SPOF (validateur)</translation>
    </message>
    <message>
        <source>Reads (what-if)</source>
        <translation>Lectures (simulation)</translation>
    </message>
    <message>
        <source>Writes (what-if)</source>
        <translation>Écritures (simulation)</translation>
    </message>
    <message>
        <source>Reads (lab)</source>
        <translation>Lectures (laboratoire)</translation>
    </message>
    <message>
        <source>Writes (lab)</source>
        <translation>Écritures (laboratoire)</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Concorde</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>The lab cannot run here: %1.
Run it from a terminal instead: sudo stackwright-cli lab verify FILE</source>
        <translation>Le laboratoire ne peut pas s&apos;exécuter ici : %1.
Lancez-le plutôt depuis un terminal : sudo stackwright-cli lab verify FILE</translation>
    </message>
    <message>
        <source>Ready. A run brings the lab up (unless this design&apos;s lab runs already), which takes a minute or more.</source>
        <translation>Prêt. Une exécution démarre le laboratoire (sauf si le laboratoire de ce schéma tourne déjà), ce qui prend une minute ou plus.</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Démarrage...</translation>
    </message>
    <message>
        <source>Cancelling: the current step ends, then the lab is brought down...</source>
        <translation>Annulation : l&apos;étape en cours se termine, puis le laboratoire est arrêté...</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté : %1</translation>
    </message>
    <message>
        <source>Every prediction agrees with the lab (%1 s).</source>
        <translation>Chaque prédiction concorde avec le laboratoire (%1 s).</translation>
    </message>
    <message>
        <source>Some predictions disagree with the lab: each is a defect of the validator, the analysis or the bundles (%1 s).</source>
        <translation>Certaines prédictions ne concordent pas avec le laboratoire : chacune est un défaut du validateur, de l&apos;analyse ou des paquets (%1 s).</translation>
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
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <source>Note on %1: %2</source>
        <translation>Remarque sur %1 : %2</translation>
    </message>
    <message>
        <source>Disagrees on %1: %2</source>
        <translation>Désaccord sur %1 : %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Check Predictions in the &amp;Lab...</source>
        <translation>Vérifier les prédictions dans le &amp;laboratoire...</translation>
    </message>
    <message>
        <source>Fail every server of the design in a lab on this machine, one at a time, and compare what happens with what the validator and the what-if analysis predict</source>
        <translation>Mettre en panne chaque serveur du schéma dans un laboratoire sur cette machine, un par un, et comparer ce qui se passe avec ce que prédisent le validateur et la simulation de pannes</translation>
    </message>
</context>
<context>
    <name>sw::LanguageSwitcher</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The language of the menus, panels, messages and reports</source>
        <translation>La langue des menus, des panneaux, des messages et des rapports</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Valeur du système</translation>
    </message>
</context>
<context>
    <name>sw::MainWindow</name>
    <message>
        <source>Zoom level</source>
        <translation>Niveau de zoom</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Add Node…</source>
        <translation>&amp;Ajouter un nœud…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Snap to &amp;Grid</source>
        <translation>Aimanter à la &amp;grille</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;High-Contrast Look</source>
        <translation>Contraste &amp;élevé</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Focus &amp;Canvas</source>
        <translation>Activer la zone de &amp;dessin</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nouveau depuis un &amp;modèle</translation>
    </message>
    <message>
        <source>Cannot open the template</source>
        <translation>Impossible d&apos;ouvrir le modèle</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Find nodes (Ctrl+F)</source>
        <translation>Rechercher des nœuds (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find nodes</source>
        <translation>Rechercher des nœuds</translation>
    </message>
    <message>
        <source>Cannot open the design</source>
        <translation>Impossible d&apos;ouvrir le schéma</translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>&amp;Minicarte</translation>
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
        <translation>&amp;Relier la sélection…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Make C&amp;luster</source>
        <translation>Former une g&amp;rappe</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
</context>
<context>
    <name>sw::Minimap</name>
    <message>
        <source>Minimap</source>
        <translation>Minicarte</translation>
    </message>
    <message>
        <source>The whole design: click or drag to move the view</source>
        <translation>Le schéma entier : cliquez ou faites glisser pour déplacer la vue</translation>
    </message>
</context>
<context>
    <name>sw::NativeDocument</name>
    <message>
        <source>cannot write it: simulated failure during the save</source>
        <translation>impossible de l&apos;écrire : échec simulé pendant l&apos;enregistrement</translation>
    </message>
</context>
<context>
    <name>sw::NodePainter</name>
    <message>
        <source>port 443</source>
        <translation>port 443</translation>
    </message>
    <message>
        <source>port 80</source>
        <translation>port 80</translation>
    </message>
    <message>
        <source>TLS %1</source>
        <translation>TLS %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
    <message>
        <source>nothing allowed</source>
        <translation>rien n&apos;est autorisé</translation>
    </message>
</context>
<context>
    <name>sw::PaletteWidget</name>
    <message>
        <source>Search kinds… (Enter adds)</source>
        <translation>Rechercher un type… (Entrée ajoute)</translation>
    </message>
    <message>
        <source>Search the palette</source>
        <translation>Rechercher dans la palette</translation>
    </message>
    <message>
        <source>Node kinds</source>
        <translation>Types de nœuds</translation>
    </message>
    <message>
        <source>Drag a kind onto the canvas, or press Enter to add it at the centre</source>
        <translation>Faites glisser un type sur la zone de dessin, ou appuyez sur Entrée pour l&apos;ajouter au centre</translation>
    </message>
</context>
<context>
    <name>sw::PdfExporter</name>
    <message>
        <source>the PDF could not be started</source>
        <translation>le PDF n&apos;a pas pu être commencé</translation>
    </message>
</context>
<context>
    <name>sw::PictureExportActions</name>
    <message>
        <source>Copy as &amp;Image</source>
        <translation>Copier comme &amp;image</translation>
    </message>
    <message>
        <source>Copy the selection (or the whole design) to the clipboard as a picture</source>
        <translation>Copier la sélection (ou tout le schéma) dans le presse-papiers sous forme d&apos;image</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimer...</translation>
    </message>
    <message>
        <source>There is no design to export.</source>
        <translation>Il n&apos;y a aucun schéma à exporter.</translation>
    </message>
    <message>
        <source>design</source>
        <translation>schema</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>Print Design</source>
        <translation>Imprimer le schéma</translation>
    </message>
    <message>
        <source>Print failed</source>
        <translation>Échec de l&apos;impression</translation>
    </message>
    <message>
        <source>There is no export format &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de format d&apos;export &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>sw::PictureExporter</name>
    <message>
        <source>no output path given</source>
        <translation>aucun chemin de sortie n&apos;a été donné</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>impossible d&apos;écrire %1 : c&apos;est un dossier</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>impossible d&apos;écrire %1 : le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>the selection names unknown ids: %1</source>
        <translation>la sélection nomme des identifiants inconnus : %1</translation>
    </message>
</context>
<context>
    <name>sw::Placement</name>
    <message>
        <source>Load balancer server</source>
        <translation>Serveur répartiteur de charge</translation>
    </message>
    <message>
        <source>Web server</source>
        <translation>Serveur web</translation>
    </message>
    <message>
        <source>Application server</source>
        <translation>Serveur d&apos;applications</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>Serveur de base de données</translation>
    </message>
    <message>
        <source>Cache server</source>
        <translation>Serveur de cache</translation>
    </message>
</context>
<context>
    <name>sw::PngExporter</name>
    <message>
        <source>the picture is too large to create</source>
        <translation>l&apos;image est trop grande pour être créée</translation>
    </message>
    <message>
        <source>the picture&apos;s rows do not match its size</source>
        <translation>les lignes de l&apos;image ne correspondent pas à sa taille</translation>
    </message>
    <message>
        <source>the PNG could not be written</source>
        <translation>le PNG n&apos;a pas pu être écrit</translation>
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
        <translation>Flèche droite : étape suivante   Flèche gauche : retour   Espace : lecture   Échap : quitter</translation>
    </message>
</context>
<context>
    <name>sw::PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n items selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n élément sélectionné&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n éléments sélectionnés&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1 (%2 kept)</source>
        <translation>Refusé : %1 (%2 conservé)</translation>
    </message>
    <message>
        <source>the old value</source>
        <translation>l&apos;ancienne valeur</translation>
    </message>
    <message>
        <source>&lt;b&gt;Design&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schéma&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Design name</source>
        <translation>Nom du schéma</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Spec profile</source>
        <translation>Profil de la spécification</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Libellé</translation>
    </message>
    <message>
        <source>e.g. 443/tcp, 3306/tcp from app-1</source>
        <translation>p. ex. 443/tcp, 3306/tcp from app-1</translation>
    </message>
    <message>
        <source>ids, separated by commas</source>
        <translation>identifiants, séparés par des virgules</translation>
    </message>
    <message>
        <source>&lt;b&gt;Link&lt;/b&gt; &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;%1 → %2&lt;/span&gt;</source>
        <translation>&lt;b&gt;Lien&lt;/b&gt; &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;%1 → %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>&amp;Protocole</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>par défaut (%1)</translation>
    </message>
    <message>
        <source>Link label</source>
        <translation>Libellé du lien</translation>
    </message>
    <message>
        <source>an IPv4 address, four numbers from 0 to 255 separated by dots (e.g. 10.0.0.12), or an IPv6 address</source>
        <translation>une adresse IPv4, quatre nombres de 0 à 255 séparés par des points (p. ex. 10.0.0.12), ou une adresse IPv6</translation>
    </message>
    <message>
        <source>letters, digits and hyphens, not at either end, at most 63 (e.g. web-01)</source>
        <translation>lettres, chiffres et traits d&apos;union, pas aux extrémités, 63 au plus (p. ex. web-01)</translation>
    </message>
    <message>
        <source>a domain name such as www.foobar.com</source>
        <translation>un nom de domaine comme www.foobar.com</translation>
    </message>
    <message>
        <source>a full URL such as https://git.example.com/team/app.git</source>
        <translation>une URL complète comme https://git.example.com/team/app.git</translation>
    </message>
    <message>
        <source>port/protocol, optionally &quot;from&quot; a node id, separated by commas (e.g. 443/tcp, 3306/tcp from app-1)</source>
        <translation>port/protocole, éventuellement &quot;from&quot; un identifiant de nœud, séparés par des virgules (p. ex. 443/tcp, 3306/tcp from app-1)</translation>
    </message>
    <message>
        <source>ids of existing nodes, separated by commas</source>
        <translation>identifiants de nœuds existants, séparés par des virgules</translation>
    </message>
    <message>
        <source>%1. Allowed: %2</source>
        <translation>%1. Autorisé : %2</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (manquant)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <source>a design name %1</source>
        <translation>un nom de schéma %1</translation>
    </message>
    <message>
        <source>a label has %1</source>
        <translation>une étiquette comporte %1</translation>
    </message>
</context>
<context>
    <name>sw::Report</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>info</source>
        <translation>information</translation>
    </message>
    <message>
        <source>%1 record for %2, pointing at %3</source>
        <translation>enregistrement %1 pour %2, pointant vers %3</translation>
    </message>
    <message>
        <source>for %1, issued by %2, installed on %3</source>
        <translation>pour %1, émis par %2, installé sur %3</translation>
    </message>
    <message>
        <source>%1 of %2, virtual address %3</source>
        <translation>%1 de %2, adresse virtuelle %3</translation>
    </message>
    <message>
        <source>%1, collecting at %2</source>
        <translation>%1, collecte vers %2</translation>
    </message>
    <message>
        <source>network firewall allowing %1</source>
        <translation>pare-feu réseau autorisant %1</translation>
    </message>
    <message>
        <source>%1 network zone</source>
        <translation>zone réseau %1</translation>
    </message>
    <message>
        <source>Findings of the validator</source>
        <translation>Constats du validateur</translation>
    </message>
    <message>
        <source>Checked against the profile %1: %2 error(s), %3 warning(s), %4 note(s).</source>
        <translation>Vérifié avec le profil %1 : %2 erreur(s), %3 avertissement(s), %4 note(s).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>No findings: the design passes every rule.</source>
        <translation>Aucun constat : le schéma passe toutes les règles.</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Pourquoi c&apos;est important :</translation>
    </message>
    <message>
        <source>How to fix it:</source>
        <translation>Comment le corriger :</translation>
    </message>
    <message>
        <source>Design report</source>
        <translation>Rapport sur le schéma</translation>
    </message>
    <message>
        <source>This report describes the design %1%2: %3 server(s) running %4 service(s), joined by %5 link(s)%6.</source>
        <translation>Ce rapport décrit le schéma %1%2 : %3 serveur(s) exécutant %4 service(s), reliés par %5 lien(s)%6.</translation>
    </message>
    <message>
        <source> (profile %1)</source>
        <translation> (profil %1)</translation>
    </message>
    <message>
        <source>, serving %1</source>
        <translation>, qui sert %1</translation>
    </message>
    <message>
        <source>Only the selected part of the design is shown.</source>
        <translation>Seule la partie sélectionnée du schéma est montrée.</translation>
    </message>
    <message>
        <source>How a request travels</source>
        <translation>Le trajet d&apos;une requête</translation>
    </message>
    <message>
        <source>What happens when a user types %1</source>
        <translation>Ce qui se passe quand un utilisateur tape %1</translation>
    </message>
    <message>
        <source>The servers, what runs on them and why</source>
        <translation>Les serveurs, ce qui s&apos;y exécute et pourquoi</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Exécute :</translation>
    </message>
    <message>
        <source>Why it is there:</source>
        <translation>Pourquoi il est là :</translation>
    </message>
    <message>
        <source>Other elements</source>
        <translation>Autres éléments</translation>
    </message>
    <message>
        <source>Why the design looks like this</source>
        <translation>Pourquoi le schéma a cette forme</translation>
    </message>
    <message>
        <source>The diagram</source>
        <translation>Le diagramme</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>le PDF n&apos;a pas pu être commencé</translation>
    </message>
    <message>
        <source> over %1 (port %2)</source>
        <translation> en %1 (port %2)</translation>
    </message>
    <message>
        <source> on %1 (%2)</source>
        <translation> sur %1 (%2)</translation>
    </message>
    <message>
        <source>The request reaches the cluster %1 at its virtual address %2%3. Whichever member is alive takes it: %4.</source>
        <translation>La requête atteint la grappe %1 à son adresse virtuelle %2%3. Le membre en vie la prend en charge : %4.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>The load balancer %1 (%2, %3) receives it%4</source>
        <translation>Le répartiteur de charge %1 (%2, %3) la reçoit%4</translation>
    </message>
    <message>
        <source>, decrypts the HTTPS traffic with the site&apos;s certificate</source>
        <translation>, déchiffre le trafic HTTPS avec le certificat du site</translation>
    </message>
    <message>
        <source> and picks a web server to forward it to.</source>
        <translation> et choisit un serveur web auquel la transmettre.</translation>
    </message>
    <message>
        <source>The web server %1 (%2) receives it%3; it answers static files itself and passes dynamic requests on.</source>
        <translation>Le serveur web %1 (%2) la reçoit%3 ; il répond lui-même pour les fichiers statiques et transmet les requêtes dynamiques.</translation>
    </message>
    <message>
        <source>The application server %1 (%2 with %3) runs the code for the request%4.</source>
        <translation>Le serveur d&apos;applications %1 (%2 avec %3) exécute le code pour la requête%4.</translation>
    </message>
    <message>
        <source>The database %1 (%2, %3) reads or writes the data%4 and sends the answer back.</source>
        <translation>La base de données %1 (%2, %3) lit ou écrit les données%4 et renvoie la réponse.</translation>
    </message>
    <message>
        <source>The network firewall %1 lets it through%2 (it only allows %3).</source>
        <translation>Le pare-feu réseau %1 la laisse passer%2 (il n&apos;autorise que %3).</translation>
    </message>
    <message>
        <source>It passes %1 (%2)%3.</source>
        <translation>Elle passe par %1 (%2)%3.</translation>
    </message>
    <message>
        <source>There is no request path from the internet to a database in this design: no chain of links leads from an internet node through the services to a database.</source>
        <translation>Il n&apos;y a aucun chemin de requête d&apos;internet vers une base de données dans ce schéma : aucune chaîne de liens ne mène d&apos;un nœud internet à une base de données en passant par les services.</translation>
    </message>
    <message>
        <source>A user types %1 in the browser.</source>
        <translation>Un utilisateur tape %1 dans le navigateur.</translation>
    </message>
    <message>
        <source>The browser asks DNS for %1; the %2 record answers with the address of %3%4.</source>
        <translation>Le navigateur demande %1 au DNS ; l&apos;enregistrement %2 répond avec l&apos;adresse de %3%4.</translation>
    </message>
    <message>
        <source>The browser asks DNS for %1 and gets the address of the site&apos;s entry.</source>
        <translation>Le navigateur demande %1 au DNS et obtient l&apos;adresse de l&apos;entrée du site.</translation>
    </message>
    <message>
        <source>A user opens the site in the browser (the design has no DNS record, so it has no domain yet).</source>
        <translation>Un utilisateur ouvre le site dans le navigateur (le schéma n&apos;a pas d&apos;enregistrement DNS, donc pas encore de domaine).</translation>
    </message>
    <message>
        <source>The request leaves the user&apos;s network (%1)%2.</source>
        <translation>La requête quitte le réseau de l&apos;utilisateur (%1)%2.</translation>
    </message>
    <message>
        <source>The answer travels back the same way to the user&apos;s browser.</source>
        <translation>La réponse revient par le même chemin jusqu&apos;au navigateur de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS : %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
    <message>
        <source>allows %1</source>
        <translation>autorise %1</translation>
    </message>
    <message>
        <source>Nothing runs on it yet.</source>
        <translation>Rien ne s&apos;y exécute encore.</translation>
    </message>
    <message>
        <source>It spreads the incoming requests over the web servers, so no single web server carries all the traffic and one can fail without taking the site down.</source>
        <translation>Il répartit les requêtes entrantes entre les serveurs web : aucun serveur web ne porte seul tout le trafic, et l&apos;un d&apos;eux peut tomber en panne sans arrêter le site.</translation>
    </message>
    <message>
        <source>It is one member of a load balancer cluster: if this machine fails, the other member takes over the virtual address and the site stays up.</source>
        <translation>C&apos;est un membre d&apos;une grappe de répartiteurs de charge : si cette machine tombe en panne, l&apos;autre membre reprend l&apos;adresse virtuelle et le site reste en ligne.</translation>
    </message>
    <message>
        <source>It holds several tiers together (web, application, database): simple and cheap to start with, but they compete for CPU and memory, cannot be scaled apart, and one failure stops them all.</source>
        <translation>Il regroupe plusieurs niveaux (web, application, base de données) : simple et peu coûteux pour commencer, mais ils se disputent le processeur et la mémoire, ne peuvent pas évoluer séparément, et une seule panne les arrête tous.</translation>
    </message>
    <message>
        <source>It answers HTTP with the web server on a machine of its own: static content is served fast and the web tier can be scaled (more web servers) without touching the others.</source>
        <translation>Il répond en HTTP avec le serveur web sur sa propre machine : le contenu statique est servi rapidement et le niveau web peut évoluer (plus de serveurs web) sans toucher aux autres.</translation>
    </message>
    <message>
        <source>It runs the application code on a machine of its own, sized for the code&apos;s CPU and memory needs, and can be updated or scaled without touching the web or database servers.</source>
        <translation>Il exécute le code de l&apos;application sur sa propre machine, dimensionnée pour les besoins du code en processeur et en mémoire, et peut être mis à jour ou évoluer sans toucher aux serveurs web ni à la base de données.</translation>
    </message>
    <message>
        <source>It keeps the data on a machine of its own: its disks and memory serve the database only, and it is not reachable from the internet, only from the application servers.</source>
        <translation>Il garde les données sur sa propre machine : ses disques et sa mémoire ne servent que la base de données, et il n&apos;est pas joignable depuis internet, seulement depuis les serveurs d&apos;applications.</translation>
    </message>
    <message>
        <source>Its database is a replica: it copies the primary&apos;s writes, can answer reads and can take over if the primary is lost.</source>
        <translation>Sa base de données est une réplique : elle copie les écritures du primaire, peut répondre aux lectures et peut prendre le relais si le primaire est perdu.</translation>
    </message>
    <message>
        <source>Its database is the primary: it is the one that accepts writes.</source>
        <translation>Sa base de données est le primaire : c&apos;est elle qui accepte les écritures.</translation>
    </message>
    <message>
        <source>Its host firewall only opens the ports the design needs; everything else is refused.</source>
        <translation>Son pare-feu d&apos;hôte n&apos;ouvre que les ports dont le schéma a besoin ; tout le reste est refusé.</translation>
    </message>
    <message>
        <source>Its monitoring agent reports its health, load and logs, so problems are seen before users notice.</source>
        <translation>Son agent de supervision rapporte son état, sa charge et ses journaux, pour que les problèmes soient vus avant que les utilisateurs ne les remarquent.</translation>
    </message>
    <message>
        <source>Why the web server, the application and the database have servers of their own</source>
        <translation>Pourquoi le serveur web, l&apos;application et la base de données ont chacun leur serveur</translation>
    </message>
    <message>
        <source>&lt;b&gt;Isolation and resource allocation:&lt;/b&gt; each tier gets the CPU, memory and disk it needs without competing with the others. &lt;b&gt;Scalability:&lt;/b&gt; each tier can grow on its own, for example more web servers for more traffic. &lt;b&gt;Maintenance:&lt;/b&gt; one tier can be updated without stopping the others. &lt;b&gt;Security:&lt;/b&gt; the database is not on a machine the internet talks to, so breaking into the web server does not hand over the data. &lt;b&gt;Fault isolation:&lt;/b&gt; when one component fails, the damage stays with it.</source>
        <translation>&lt;b&gt;Isolation et allocation des ressources :&lt;/b&gt; chaque niveau obtient le processeur, la mémoire et le disque dont il a besoin sans concurrence avec les autres. &lt;b&gt;Évolutivité :&lt;/b&gt; chaque niveau peut grandir seul, par exemple plus de serveurs web pour plus de trafic. &lt;b&gt;Maintenance :&lt;/b&gt; un niveau peut être mis à jour sans arrêter les autres. &lt;b&gt;Sécurité :&lt;/b&gt; la base de données n&apos;est pas sur une machine à laquelle internet parle, donc s&apos;introduire dans le serveur web ne livre pas les données. &lt;b&gt;Isolation des pannes :&lt;/b&gt; quand un composant tombe en panne, les dégâts restent limités à lui.</translation>
    </message>
    <message>
        <source>Why two load balancers</source>
        <translation>Pourquoi deux répartiteurs de charge</translation>
    </message>
    <message>
        <source>A single load balancer would be a single point of failure: every request passes it. Two load balancers in a cluster share a virtual address; when one fails the other takes the traffic, and with more servers behind them the work of distributing requests is shared too.</source>
        <translation>Un seul répartiteur de charge serait un point de défaillance unique : chaque requête passe par lui. Deux répartiteurs de charge en grappe partagent une adresse virtuelle ; quand l&apos;un tombe en panne l&apos;autre prend le trafic, et avec plus de serveurs derrière eux le travail de répartition des requêtes est aussi partagé.</translation>
    </message>
    <message>
        <source>Why a load balancer</source>
        <translation>Pourquoi un répartiteur de charge</translation>
    </message>
    <message>
        <source>It lets several servers answer the same site: it distributes requests among them and stops sending requests to a server that does not answer.</source>
        <translation>Il permet à plusieurs serveurs de répondre pour le même site : il répartit les requêtes entre eux et cesse d&apos;envoyer des requêtes à un serveur qui ne répond pas.</translation>
    </message>
    <message>
        <source>Why more servers</source>
        <translation>Pourquoi plus de serveurs</translation>
    </message>
    <message>
        <source>More servers lessen the traffic each one has to carry, and leave others to keep the site running when one of them fails.</source>
        <translation>Plus de serveurs allègent le trafic que chacun doit porter, et laissent les autres faire tourner le site quand l&apos;un d&apos;eux tombe en panne.</translation>
    </message>
    <message>
        <source>Why firewalls</source>
        <translation>Pourquoi des pare-feu</translation>
    </message>
    <message>
        <source>A firewall only lets through the traffic the design needs (for example HTTPS to the load balancers, port 3306 from the application servers to the database) and refuses everything else, so a mistake or an attacker cannot reach a service that should stay private.</source>
        <translation>Un pare-feu ne laisse passer que le trafic dont le schéma a besoin (par exemple HTTPS vers les répartiteurs de charge, le port 3306 des serveurs d&apos;applications vers la base de données) et refuse tout le reste, pour qu&apos;une erreur ou un attaquant ne puisse pas atteindre un service qui doit rester privé.</translation>
    </message>
    <message>
        <source>Why monitoring</source>
        <translation>Pourquoi la supervision</translation>
    </message>
    <message>
        <source>Agents on the servers send metrics and logs to the monitoring service (for example Sumo Logic), so the team sees load, errors and a failing server before the users do, and can tell how many queries per second the site serves.</source>
        <translation>Des agents sur les serveurs envoient métriques et journaux au service de supervision (par exemple Sumo Logic) : l&apos;équipe voit la charge, les erreurs et un serveur défaillant avant les utilisateurs, et sait combien de requêtes par seconde le site sert.</translation>
    </message>
    <message>
        <source>Why HTTPS</source>
        <translation>Pourquoi HTTPS</translation>
    </message>
    <message>
        <source>With an SSL/TLS certificate for the domain, traffic between the browser and the site is encrypted and the browser can check it talks to the real site, so passwords and data cannot be read or changed on the way.</source>
        <translation>Avec un certificat SSL/TLS pour le domaine, le trafic entre le navigateur et le site est chiffré et le navigateur peut vérifier qu&apos;il parle au vrai site : les mots de passe et les données ne peuvent être ni lus ni modifiés en chemin.</translation>
    </message>
    <message>
        <source>Why a cluster</source>
        <translation>Pourquoi une grappe</translation>
    </message>
    <message>
        <source>The members of a cluster act as one: clients use the cluster&apos;s virtual address and whichever member is alive answers, so one member can fail without the others noticing.</source>
        <translation>Les membres d&apos;une grappe agissent comme un seul : les clients utilisent l&apos;adresse virtuelle de la grappe et le membre en vie répond, donc un membre peut tomber en panne sans que les autres ne s&apos;en aperçoivent.</translation>
    </message>
</context>
<context>
    <name>sw::RequestFlow</name>
    <message>
        <source>the site</source>
        <translation>le site</translation>
    </message>
    <message>
        <source>A user (%1) opens %2 in the browser.</source>
        <translation>Un utilisateur (%1) ouvre %2 dans le navigateur.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>No request gets through: every path from the users to a database goes through a failed node (or the design has no such path).</source>
        <translation>Aucune requête ne passe : chaque chemin des utilisateurs vers une base de données traverse un nœud en panne (ou le schéma n&apos;a pas de tel chemin).</translation>
    </message>
    <message>
        <source>The response travels back the same way (%1) and the browser shows the page.</source>
        <translation>La réponse revient par le même chemin (%1) et le navigateur affiche la page.</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>aucun serveur</translation>
    </message>
    <message>
        <source>the next member</source>
        <translation>le membre suivant</translation>
    </message>
    <message>
        <source>Name resolution: the design has no DNS record, so users must know the address.</source>
        <translation>Résolution de nom : le schéma n&apos;a pas d&apos;enregistrement DNS, les utilisateurs doivent donc connaître l&apos;adresse.</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>l&apos;adresse</translation>
    </message>
    <message>
        <source>Name resolution: the browser asks DNS for %1. The %2 record answers %3, the address of %4.</source>
        <translation>Résolution de nom : le navigateur demande %1 au DNS. L&apos;enregistrement %2 répond %3, l&apos;adresse de %4.</translation>
    </message>
    <message>
        <source>the entry</source>
        <translation>l&apos;entrée</translation>
    </message>
    <message>
        <source>least connections (the backend with the fewest open connections)</source>
        <translation>moins de connexions (le serveur avec le moins de connexions ouvertes)</translation>
    </message>
    <message>
        <source>source hashing (the same user always gets the same backend)</source>
        <translation>hachage de la source (le même utilisateur obtient toujours le même serveur)</translation>
    </message>
    <message>
        <source>round robin (each backend in turn)</source>
        <translation>tourniquet (chaque serveur à son tour)</translation>
    </message>
    <message>
        <source>the next tier</source>
        <translation>le niveau suivant</translation>
    </message>
    <message>
        <source>(no address set)</source>
        <translation>(aucune adresse définie)</translation>
    </message>
    <message>
        <source>VRRP failover: %1 is down, so the virtual address %2 of %3 moved to %4, which answers the request now.</source>
        <translation>Bascule VRRP : %1 est en panne, donc l&apos;adresse virtuelle %2 de %3 est passée à %4, qui répond maintenant à la requête.</translation>
    </message>
    <message>
        <source>The request goes to the virtual address %1 of %2. Both members answer (active-active); this time %3 does.</source>
        <translation>La requête va à l&apos;adresse virtuelle %1 de %2. Les deux membres répondent (actif-actif) ; cette fois c&apos;est %3.</translation>
    </message>
    <message>
        <source>The request goes to the virtual address %1 of %2. The active member, %3, holds that address; the others stand by and take it over through VRRP if it fails.</source>
        <translation>La requête va à l&apos;adresse virtuelle %1 de %2. Le membre actif, %3, détient cette adresse ; les autres attendent et la reprennent par VRRP s&apos;il tombe en panne.</translation>
    </message>
    <message>
        <source>The firewall %1 checks the packet: only what it allows (%2) gets through to %3.</source>
        <translation>Le pare-feu %1 vérifie le paquet : seul ce qu&apos;il autorise (%2) passe vers %3.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1 on %2 terminates TLS: it decrypts HTTPS with the certificate for %3. Then it picks a web server by %4: %5.</source>
        <translation>%1 sur %2 termine le TLS : il déchiffre le HTTPS avec le certificat pour %3. Puis il choisit un serveur web par %4 : %5.</translation>
    </message>
    <message>
        <source>%1 on %2 passes the encrypted HTTPS stream on unopened (TLS passthrough) and picks a backend by %3: %4.</source>
        <translation>%1 sur %2 transmet le flux HTTPS chiffré sans l&apos;ouvrir (TLS passthrough) et choisit un serveur par %3 : %4.</translation>
    </message>
    <message>
        <source>%1 on %2 forwards the request as it is and picks a backend by %3: %4.</source>
        <translation>%1 sur %2 transmet la requête telle quelle et choisit un serveur par %3 : %4.</translation>
    </message>
    <message>
        <source>%1 (%2) on %3 serves static files itself and, as a reverse proxy, forwards the dynamic request to %4 on port %5.</source>
        <translation>%1 (%2) sur %3 sert lui-même les fichiers statiques et, en tant que proxy inverse, transmet la requête dynamique à %4 sur le port %5.</translation>
    </message>
    <message>
        <source>TLS termination: %1 decrypts HTTPS itself. </source>
        <translation>Terminaison TLS : %1 déchiffre lui-même le HTTPS. </translation>
    </message>
    <message>
        <source>%1 on %2 runs the Python code%3 through %4 and sends an SQL query to %5 on port %6.</source>
        <translation>%1 sur %2 exécute le code Python%3 via %4 et envoie une requête SQL à %5 sur le port %6.</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source>%1 (%2) on %3 runs the SQL query and returns the rows.</source>
        <translation>%1 (%2) sur %3 exécute la requête SQL et renvoie les lignes.</translation>
    </message>
    <message>
        <source>%1 on %2 passes the request on to %3.</source>
        <translation>%1 sur %2 transmet la requête à %3.</translation>
    </message>
    <message>
        <source>Replication: %1 is the primary and sends every write to the replica %2 on %3, which keeps a copy ready to take over or to serve reads.</source>
        <translation>Réplication : %1 est le primaire et envoie chaque écriture à la réplique %2 sur %3, qui garde une copie prête à prendre le relais ou à servir les lectures.</translation>
    </message>
</context>
<context>
    <name>sw::Rules</name>
    <message>
        <source>Load balancer cluster</source>
        <translation>Grappe de répartiteurs de charge</translation>
    </message>
    <message>
        <source> (replica)</source>
        <translation> (réplique)</translation>
    </message>
    <message>
        <source> replica</source>
        <translation> réplique</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Pare-feu</translation>
    </message>
    <message>
        <source>SSL certificate</source>
        <translation>Certificat SSL</translation>
    </message>
    <message>
        <source>Simple web stack</source>
        <translation>Pile web simple</translation>
    </message>
    <message>
        <source>one server with web server, app server, codebase and database; a domain</source>
        <translation>un serveur avec serveur web, serveur d&apos;applications, code source et base de données ; un domaine</translation>
    </message>
    <message>
        <source>Distributed web infrastructure</source>
        <translation>Infrastructure web distribuée</translation>
    </message>
    <message>
        <source>a load balancer in front of two or more servers that each run web + app + codebase; primary and replica databases</source>
        <translation>un répartiteur de charge devant deux serveurs ou plus qui exécutent chacun web + application + code source ; bases de données primaire et réplique</translation>
    </message>
    <message>
        <source>Secured and monitored web infrastructure</source>
        <translation>Infrastructure web sécurisée et supervisée</translation>
    </message>
    <message>
        <source>distributed, plus a firewall on every server, HTTPS with a certificate, a monitoring agent on every server</source>
        <translation>distribuée, plus un pare-feu sur chaque serveur, HTTPS avec un certificat, un agent de supervision sur chaque serveur</translation>
    </message>
    <message>
        <source>Scale up</source>
        <translation>Montée en charge</translation>
    </message>
    <message>
        <source>a cluster of two load balancers; web server, app server and database each on its own server; one codebase; HTTPS; monitoring; the domain www.foobar.com</source>
        <translation>une grappe de deux répartiteurs de charge ; serveur web, serveur d&apos;applications et base de données chacun sur son serveur ; un seul code source ; HTTPS ; supervision ; le domaine www.foobar.com</translation>
    </message>
    <message>
        <source>Quick fix: %1</source>
        <translation>Correctif rapide : %1</translation>
    </message>
    <message>
        <source>Single point of failure</source>
        <translation>Point de défaillance unique</translation>
    </message>
    <message>
        <source>When this one machine stops (a crash, a disk failure, a reboot for updates) no request can reach the data any more and the whole site is down. Having a second server that can take over means one failure does not stop the site: fault isolation.</source>
        <translation>Quand cette seule machine s&apos;arrête (un plantage, une panne de disque, un redémarrage pour mises à jour), plus aucune requête n&apos;atteint les données et tout le site est hors service. Un second serveur capable de prendre le relais fait qu&apos;une panne n&apos;arrête pas le site : c&apos;est l&apos;isolation des pannes.</translation>
    </message>
    <message>
        <source>Add a second server that does the same job and link it like the first one (or put both in a cluster), so that a request always has another way to the database.</source>
        <translation>Ajoutez un second serveur qui fait le même travail et reliez-le comme le premier (ou mettez les deux dans une grappe), pour qu&apos;une requête ait toujours un autre chemin vers la base de données.</translation>
    </message>
    <message>
        <source>The entry does not serve HTTPS</source>
        <translation>L&apos;entrée ne sert pas en HTTPS</translation>
    </message>
    <message>
        <source>Without HTTPS everything users send (passwords, cookies, personal data) crosses the internet in clear text, anyone on the way can read or change it, and browsers mark the site as not secure. The certificate must be for the site&apos;s own domain, or browsers refuse it.</source>
        <translation>Sans HTTPS, tout ce que les utilisateurs envoient (mots de passe, cookies, données personnelles) traverse internet en clair, n&apos;importe qui sur le chemin peut le lire ou le modifier, et les navigateurs marquent le site comme non sécurisé. Le certificat doit être pour le domaine du site, sinon les navigateurs le refusent.</translation>
    </message>
    <message>
        <source>Add an SSL certificate for the design&apos;s domain, install it on the service that users reach first (load balancer or web server), switch that service&apos;s TLS on and make the users&apos; link HTTPS.</source>
        <translation>Ajoutez un certificat SSL pour le domaine du schéma, installez-le sur le service que les utilisateurs atteignent en premier (répartiteur de charge ou serveur web), activez le TLS de ce service et passez le lien des utilisateurs en HTTPS.</translation>
    </message>
    <message>
        <source>Server without a firewall</source>
        <translation>Serveur sans pare-feu</translation>
    </message>
    <message>
        <source>A server without a firewall answers on every port it happens to listen on, so one forgotten service is enough for an attacker to get in. A firewall lets through only the traffic the design needs and reduces the attack surface.</source>
        <translation>Un serveur sans pare-feu répond sur tous les ports où il se trouve écouter : un seul service oublié suffit à un attaquant pour entrer. Un pare-feu ne laisse passer que le trafic dont le schéma a besoin et réduit la surface d&apos;attaque.</translation>
    </message>
    <message>
        <source>Add a firewall inside the server that allows only the ports its incoming links use, from the machines that send them (or put a network firewall on every path to it).</source>
        <translation>Ajoutez dans le serveur un pare-feu qui n&apos;autorise que les ports utilisés par ses liens entrants, depuis les machines qui les envoient (ou placez un pare-feu réseau sur chaque chemin vers lui).</translation>
    </message>
    <message>
        <source>Server not monitored</source>
        <translation>Serveur non supervisé</translation>
    </message>
    <message>
        <source>Without monitoring you learn that a server is overloaded, out of disk or down when users complain. An agent that sends logs and metrics to a monitoring service (Sumo Logic in the spec) shows problems early and tells you what happened.</source>
        <translation>Sans supervision, vous apprenez qu&apos;un serveur est surchargé, sans disque ou hors service quand les utilisateurs se plaignent. Un agent qui envoie journaux et métriques à un service de supervision (Sumo Logic dans la spécification) montre les problèmes tôt et vous dit ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>Add a monitoring agent to the server and set it to report to a monitoring service.</source>
        <translation>Ajoutez un agent de supervision au serveur et configurez-le pour rapporter à un service de supervision.</translation>
    </message>
    <message>
        <source>Load balancer not clustered</source>
        <translation>Répartiteur de charge hors grappe</translation>
    </message>
    <message>
        <source>Every request goes through the load balancer, so a single one is a single point of failure however many servers stand behind it. A second load balancer in a cluster with a virtual address takes over when the first fails and can share the work of distributing traffic.</source>
        <translation>Chaque requête passe par le répartiteur de charge : s&apos;il est seul, c&apos;est un point de défaillance unique, quel que soit le nombre de serveurs derrière lui. Un second répartiteur de charge en grappe avec une adresse virtuelle prend le relais quand le premier tombe en panne et peut partager le travail de répartition du trafic.</translation>
    </message>
    <message>
        <source>Add a second load balancer on another server and group both in a cluster with a virtual address; point the users&apos; link and the DNS record at the cluster.</source>
        <translation>Ajoutez un second répartiteur de charge sur un autre serveur et regroupez les deux dans une grappe avec une adresse virtuelle ; dirigez le lien des utilisateurs et l&apos;enregistrement DNS vers la grappe.</translation>
    </message>
    <message>
        <source>Tiers share a server</source>
        <translation>Des niveaux partagent un serveur</translation>
    </message>
    <message>
        <source>Web server, application server and database have different needs. On separate servers each gets its own CPU, memory and disk (isolation and resource allocation), can be scaled, updated and tuned on its own, a break-in into the web server does not give away the database, and a failure of one does not take the others down.</source>
        <translation>Serveur web, serveur d&apos;applications et base de données ont des besoins différents. Sur des serveurs séparés, chacun a son processeur, sa mémoire et son disque (isolation et allocation des ressources), peut évoluer, être mis à jour et réglé seul, une intrusion dans le serveur web ne livre pas la base de données, et la panne de l&apos;un n&apos;arrête pas les autres.</translation>
    </message>
    <message>
        <source>Move the database (or the application server) onto a server of its own and link the tiers across servers.</source>
        <translation>Déplacez la base de données (ou le serveur d&apos;applications) sur son propre serveur et reliez les niveaux d&apos;un serveur à l&apos;autre.</translation>
    </message>
    <message>
        <source>One database and no replica</source>
        <translation>Une base de données et aucune réplique</translation>
    </message>
    <message>
        <source>All data lives in one database that accepts every write. If it fails the data is unavailable and may be lost since the last backup, and every read and write competes for the same machine. A replica keeps a live copy, can serve reads and can become the primary.</source>
        <translation>Toutes les données sont dans une base de données qui accepte toutes les écritures. Si elle tombe en panne, les données sont indisponibles et peuvent être perdues depuis la dernière sauvegarde, et chaque lecture et écriture se dispute la même machine. Une réplique garde une copie à jour, peut servir les lectures et peut devenir le primaire.</translation>
    </message>
    <message>
        <source>Add a replica database on another server that replicates from the primary, and let the application servers read from it.</source>
        <translation>Ajoutez une base de données réplique sur un autre serveur qui se réplique depuis le primaire, et laissez les serveurs d&apos;applications y lire.</translation>
    </message>
    <message>
        <source>Database reachable without the application</source>
        <translation>Base de données joignable sans l&apos;application</translation>
    </message>
    <message>
        <source>Requests can reach the database without passing an application server, so nothing checks what they ask for. The database should only be reachable from the application that owns the data: separating it from the public-facing servers reduces the attack surface.</source>
        <translation>Des requêtes peuvent atteindre la base de données sans passer par un serveur d&apos;applications, donc rien ne vérifie ce qu&apos;elles demandent. La base de données ne devrait être joignable que depuis l&apos;application qui possède les données : la séparer des serveurs exposés au public réduit la surface d&apos;attaque.</translation>
    </message>
    <message>
        <source>Remove the links that reach the database from the internet, a load balancer or a web server; only application servers should link to it.</source>
        <translation>Supprimez les liens qui atteignent la base de données depuis internet, un répartiteur de charge ou un serveur web ; seuls les serveurs d&apos;applications doivent y être reliés.</translation>
    </message>
    <message>
        <source>TLS ends at the load balancer</source>
        <translation>Le TLS s&apos;arrête au répartiteur de charge</translation>
    </message>
    <message>
        <source>The load balancer decrypts HTTPS and sends the requests on in clear text. Anyone who can listen inside the network (another tenant, a compromised machine) reads passwords and cookies there.</source>
        <translation>Le répartiteur de charge déchiffre le HTTPS et transmet les requêtes en clair. Quiconque peut écouter dans le réseau (un autre locataire, une machine compromise) y lit mots de passe et cookies.</translation>
    </message>
    <message>
        <source>Encrypt the traffic behind the load balancer too (HTTPS links to web servers with TLS on), or pass TLS through to the web servers.</source>
        <translation>Chiffrez aussi le trafic derrière le répartiteur de charge (liens HTTPS vers des serveurs web avec TLS activé), ou faites passer le TLS jusqu&apos;aux serveurs web.</translation>
    </message>
    <message>
        <source>No DNS record for the entry</source>
        <translation>Aucun enregistrement DNS pour l&apos;entrée</translation>
    </message>
    <message>
        <source>Users type a name such as www.foobar.com, not an address. Without a DNS record that points at the entry of the stack nobody finds the site, and no certificate can be checked against the domain.</source>
        <translation>Les utilisateurs tapent un nom comme www.foobar.com, pas une adresse. Sans enregistrement DNS qui pointe vers l&apos;entrée de la pile, personne ne trouve le site, et aucun certificat ne peut être vérifié par rapport au domaine.</translation>
    </message>
    <message>
        <source>Add a DNS record with the site&apos;s domain and set its target to the entry (the load balancer cluster, the load balancer or the web server that users reach).</source>
        <translation>Ajoutez un enregistrement DNS avec le domaine du site et donnez-lui pour cible l&apos;entrée (la grappe de répartiteurs de charge, le répartiteur de charge ou le serveur web que les utilisateurs atteignent).</translation>
    </message>
    <message>
        <source>No request reaches a database</source>
        <translation>Aucune requête n&apos;atteint une base de données</translation>
    </message>
    <message>
        <source>A web stack exists to answer users&apos; requests with data. Following the links from the internet no request arrives at a database, so the site cannot work as drawn (a link is missing or points the wrong way).</source>
        <translation>Une pile web existe pour répondre aux requêtes des utilisateurs avec des données. En suivant les liens depuis internet, aucune requête n&apos;arrive à une base de données : le site ne peut pas fonctionner tel qu&apos;il est dessiné (un lien manque ou va dans le mauvais sens).</translation>
    </message>
    <message>
        <source>Link the internet to the entry, the entry to the web servers, the web servers to the application servers and those to the database, in the direction of the request.</source>
        <translation>Reliez internet à l&apos;entrée, l&apos;entrée aux serveurs web, les serveurs web aux serveurs d&apos;applications et ceux-ci à la base de données, dans le sens de la requête.</translation>
    </message>
    <message>
        <source>Cluster without a virtual address</source>
        <translation>Grappe sans adresse virtuelle</translation>
    </message>
    <message>
        <source>Users and DNS reach a cluster through its virtual address, which moves to whichever member is alive. Without one, requests go to a member&apos;s own address and stop when that member fails: the cluster gives no protection.</source>
        <translation>Les utilisateurs et le DNS atteignent une grappe par son adresse virtuelle, qui passe au membre encore en vie. Sans elle, les requêtes vont à l&apos;adresse propre d&apos;un membre et s&apos;arrêtent quand ce membre tombe en panne : la grappe ne protège de rien.</translation>
    </message>
    <message>
        <source>Give the cluster a free virtual IP address in the members&apos; network and point the DNS record at the cluster.</source>
        <translation>Donnez à la grappe une adresse IP virtuelle libre dans le réseau des membres et dirigez l&apos;enregistrement DNS vers la grappe.</translation>
    </message>
    <message>
        <source>Active-passive cluster with several active members</source>
        <translation>Grappe actif-passif avec plusieurs membres actifs</translation>
    </message>
    <message>
        <source>In active-passive mode one member works and the other waits to take over. When requests or DNS records go straight to several members, they all work at once: the passive member is not in reserve, and its configuration (sessions, health checks) was not made for it.</source>
        <translation>En mode actif-passif, un membre travaille et l&apos;autre attend pour prendre le relais. Quand des requêtes ou des enregistrements DNS vont directement à plusieurs membres, ils travaillent tous en même temps : le membre passif n&apos;est plus en réserve, et sa configuration (sessions, contrôles de santé) n&apos;a pas été prévue pour cela.</translation>
    </message>
    <message>
        <source>Send requests and DNS to the cluster&apos;s virtual address only, or switch the cluster to active-active mode.</source>
        <translation>N&apos;envoyez les requêtes et le DNS qu&apos;à l&apos;adresse virtuelle de la grappe, ou passez la grappe en mode actif-actif.</translation>
    </message>
    <message>
        <source>Certificate missing on a cluster member</source>
        <translation>Certificat manquant sur un membre de la grappe</translation>
    </message>
    <message>
        <source>Any member of a cluster may answer. A member that terminates no TLS or has no certificate breaks HTTPS for everyone the moment it takes over, which is exactly when the cluster was supposed to save the day.</source>
        <translation>N&apos;importe quel membre d&apos;une grappe peut répondre. Un membre qui ne termine pas de TLS ou n&apos;a pas de certificat casse le HTTPS pour tout le monde dès qu&apos;il prend le relais, c&apos;est-à-dire exactement quand la grappe devait sauver la situation.</translation>
    </message>
    <message>
        <source>Install the same certificate on every member of the cluster and give every member the same TLS setting.</source>
        <translation>Installez le même certificat sur chaque membre de la grappe et donnez à chaque membre le même réglage TLS.</translation>
    </message>
    <message>
        <source>A firewall blocks a link of the design</source>
        <translation>Un pare-feu bloque un lien du schéma</translation>
    </message>
    <message>
        <source>A firewall lets through only what it allows. A link whose port (or sender) it does not allow is dropped, so that part of the stack does not work once deployed.</source>
        <translation>Un pare-feu ne laisse passer que ce qu&apos;il autorise. Un lien dont il n&apos;autorise pas le port (ou l&apos;émetteur) est rejeté, donc cette partie de la pile ne fonctionne pas une fois déployée.</translation>
    </message>
    <message>
        <source>Allow the link&apos;s port on the firewall, from the machine that sends it (&quot;PORT/tcp from ID&quot;).</source>
        <translation>Autorisez le port du lien sur le pare-feu, depuis la machine qui l&apos;envoie (&quot;PORT/tcp from ID&quot;).</translation>
    </message>
    <message>
        <source>A firewall opens a port no link uses</source>
        <translation>Un pare-feu ouvre un port qu&apos;aucun lien n&apos;utilise</translation>
    </message>
    <message>
        <source>Every open port is a door an attacker can try. A port that no link of the design needs only adds to the attack surface.</source>
        <translation>Chaque port ouvert est une porte qu&apos;un attaquant peut essayer. Un port dont aucun lien du schéma n&apos;a besoin ne fait qu&apos;agrandir la surface d&apos;attaque.</translation>
    </message>
    <message>
        <source>Remove the rule from the firewall, or draw the link that needs it.</source>
        <translation>Supprimez la règle du pare-feu, ou dessinez le lien qui en a besoin.</translation>
    </message>
    <message>
        <source>Database port open to everyone</source>
        <translation>Port de base de données ouvert à tous</translation>
    </message>
    <message>
        <source>A database port open to any address lets the whole internet try passwords and exploits on the database directly. It should accept connections only from the application servers.</source>
        <translation>Un port de base de données ouvert à toute adresse permet à tout internet d&apos;essayer des mots de passe et des exploits directement sur la base de données. Elle ne devrait accepter de connexions que des serveurs d&apos;applications.</translation>
    </message>
    <message>
        <source>Replace the rule by rules that allow the database port only from the application servers (&quot;3306/tcp from app-1&quot;).</source>
        <translation>Remplacez la règle par des règles qui n&apos;autorisent le port de la base de données que depuis les serveurs d&apos;applications (&quot;3306/tcp from app-1&quot;).</translation>
    </message>
    <message>
        <source>SSH open to the world</source>
        <translation>SSH ouvert au monde entier</translation>
    </message>
    <message>
        <source>SSH gives full control of a server. Open to every address it is probed for weak passwords within minutes of going online. The operator&apos;s access is implied by the design; nothing else should open it to everyone.</source>
        <translation>SSH donne le contrôle total d&apos;un serveur. Ouvert à toute adresse, il est sondé pour des mots de passe faibles dans les minutes qui suivent sa mise en ligne. L&apos;accès de l&apos;opérateur est implicite dans le schéma ; rien d&apos;autre ne devrait l&apos;ouvrir à tous.</translation>
    </message>
    <message>
        <source>Remove the rule that opens SSH to everyone (or allow it only from a bastion host).</source>
        <translation>Supprimez la règle qui ouvre SSH à tous (ou autorisez-le seulement depuis un bastion).</translation>
    </message>
    <message>
        <source>Port 80 without a redirect to HTTPS</source>
        <translation>Port 80 sans redirection vers HTTPS</translation>
    </message>
    <message>
        <source>Users who type the address without https:// arrive on port 80. If the entry answers there with the site instead of redirecting to HTTPS, their session travels in clear text.</source>
        <translation>Les utilisateurs qui tapent l&apos;adresse sans https:// arrivent sur le port 80. Si l&apos;entrée y répond avec le site au lieu de rediriger vers HTTPS, leur session circule en clair.</translation>
    </message>
    <message>
        <source>Serve HTTPS on the entry and redirect port 80 to 443 (set the entry service&apos;s property &quot;http_redirect&quot; to true), or close port 80.</source>
        <translation>Servez le HTTPS sur l&apos;entrée et redirigez le port 80 vers le 443 (mettez la propriété &quot;http_redirect&quot; du service d&apos;entrée à true), ou fermez le port 80.</translation>
    </message>
    <message>
        <source>Replica without a primary</source>
        <translation>Réplique sans primaire</translation>
    </message>
    <message>
        <source>A replica copies every change from its primary. Without a primary to follow it never receives changes and serves stale or empty data.</source>
        <translation>Une réplique copie chaque modification de son primaire. Sans primaire à suivre, elle ne reçoit jamais de modifications et sert des données périmées ou vides.</translation>
    </message>
    <message>
        <source>Set the replica&apos;s &quot;replicates from&quot; to the primary database, or make it a primary.</source>
        <translation>Réglez &quot;Réplique depuis&quot; de la réplique sur la base de données primaire, ou faites-en un primaire.</translation>
    </message>
    <message>
        <source>Several primary databases</source>
        <translation>Plusieurs bases de données primaires</translation>
    </message>
    <message>
        <source>Two databases that both accept writes for the same application drift apart: each has changes the other lacks, and the application sees different data depending on where it writes.</source>
        <translation>Deux bases de données qui acceptent toutes deux les écritures pour la même application divergent : chacune a des modifications qui manquent à l&apos;autre, et l&apos;application voit des données différentes selon l&apos;endroit où elle écrit.</translation>
    </message>
    <message>
        <source>Keep one primary and make the other databases replicas that replicate from it.</source>
        <translation>Gardez un seul primaire et faites des autres bases de données des répliques qui se répliquent depuis lui.</translation>
    </message>
    <message>
        <source>Application servers run different code</source>
        <translation>Les serveurs d&apos;applications exécutent un code différent</translation>
    </message>
    <message>
        <source>The load balancer sends each request to any application server. If they run different repositories or branches, users get different behaviour from one request to the next.</source>
        <translation>Le répartiteur de charge envoie chaque requête à n&apos;importe quel serveur d&apos;applications. S&apos;ils exécutent des dépôts ou des branches différents, les utilisateurs obtiennent un comportement différent d&apos;une requête à l&apos;autre.</translation>
    </message>
    <message>
        <source>Deploy the same repository and branch on every application server.</source>
        <translation>Déployez le même dépôt et la même branche sur chaque serveur d&apos;applications.</translation>
    </message>
    <message>
        <source>Application server without a codebase</source>
        <translation>Serveur d&apos;applications sans code source</translation>
    </message>
    <message>
        <source>An application server runs the application&apos;s code. Without a codebase on its server there is nothing to run, and the deploy cannot know what to check out.</source>
        <translation>Un serveur d&apos;applications exécute le code de l&apos;application. Sans code source sur son serveur, il n&apos;y a rien à exécuter, et le déploiement ne peut pas savoir quoi récupérer.</translation>
    </message>
    <message>
        <source>Add a codebase (repository and branch) to the application server&apos;s server.</source>
        <translation>Ajoutez un code source (dépôt et branche) au serveur du serveur d&apos;applications.</translation>
    </message>
    <message>
        <source>Web server with no application server behind it</source>
        <translation>Serveur web sans serveur d&apos;applications derrière lui</translation>
    </message>
    <message>
        <source>The web server serves static files and forwards dynamic requests to an application server. With none behind it every dynamic page fails.</source>
        <translation>Le serveur web sert les fichiers statiques et transmet les requêtes dynamiques à un serveur d&apos;applications. Sans aucun derrière lui, chaque page dynamique échoue.</translation>
    </message>
    <message>
        <source>Link the web server to an application server (HTTP to the app server&apos;s port).</source>
        <translation>Reliez le serveur web à un serveur d&apos;applications (HTTP vers le port du serveur d&apos;applications).</translation>
    </message>
    <message>
        <source>Simple web stack: one server runs the whole stack</source>
        <translation>Pile web simple : un serveur exécute toute la pile</translation>
    </message>
    <message>
        <source>The first stage of the spec is a LAMP stack on one server: web server, application server, codebase and database together, the simplest thing that works.</source>
        <translation>La première étape de la spécification est une pile LAMP sur un serveur : serveur web, serveur d&apos;applications, code source et base de données ensemble, la chose la plus simple qui fonctionne.</translation>
    </message>
    <message>
        <source>Put a web server, an application server, a codebase and a database in one server.</source>
        <translation>Placez un serveur web, un serveur d&apos;applications, un code source et une base de données dans un même serveur.</translation>
    </message>
    <message>
        <source>The design has the domain the profile asks for</source>
        <translation>Le schéma a le domaine que demande le profil</translation>
    </message>
    <message>
        <source>A site is known by its domain name; the spec&apos;s design uses www.foobar.com.</source>
        <translation>Un site est connu par son nom de domaine ; le schéma de la spécification utilise www.foobar.com.</translation>
    </message>
    <message>
        <source>Add a DNS record with the domain the profile asks for and point it at the entry.</source>
        <translation>Ajoutez un enregistrement DNS avec le domaine que demande le profil et dirigez-le vers l&apos;entrée.</translation>
    </message>
    <message>
        <source>Distributed: a load balancer in front of two or more full servers</source>
        <translation>Distribuée : un répartiteur de charge devant deux serveurs complets ou plus</translation>
    </message>
    <message>
        <source>The distributed stage adds servers to lessen the traffic each one carries and to have a backup when one fails; a load balancer spreads the requests over them.</source>
        <translation>L&apos;étape distribuée ajoute des serveurs pour alléger le trafic que chacun porte et avoir une solution de secours quand l&apos;un tombe en panne ; un répartiteur de charge répartit les requêtes entre eux.</translation>
    </message>
    <message>
        <source>Put a load balancer in front and link it to two or more servers that each run a web server, an application server and a codebase.</source>
        <translation>Placez un répartiteur de charge devant et reliez-le à deux serveurs ou plus qui exécutent chacun un serveur web, un serveur d&apos;applications et un code source.</translation>
    </message>
    <message>
        <source>Distributed: a primary database and a replica</source>
        <translation>Distribuée : une base de données primaire et une réplique</translation>
    </message>
    <message>
        <source>With several servers the data needs a copy too: a replica follows the primary so that reads can be spread and the data survives the loss of one database.</source>
        <translation>Avec plusieurs serveurs, les données ont aussi besoin d&apos;une copie : une réplique suit le primaire pour que les lectures puissent être réparties et que les données survivent à la perte d&apos;une base de données.</translation>
    </message>
    <message>
        <source>Add a replica database that replicates from the primary.</source>
        <translation>Ajoutez une base de données réplique qui se réplique depuis le primaire.</translation>
    </message>
    <message>
        <source>Scale up: a cluster of two load balancers</source>
        <translation>Montée en charge : une grappe de deux répartiteurs de charge</translation>
    </message>
    <message>
        <source>The spec adds a second load balancer that works in a cluster with the first, so that the entry has no single point of failure and distributing traffic stays efficient.</source>
        <translation>La spécification ajoute un second répartiteur de charge qui travaille en grappe avec le premier, pour que l&apos;entrée n&apos;ait pas de point de défaillance unique et que la répartition du trafic reste efficace.</translation>
    </message>
    <message>
        <source>Group two load balancers on two different servers in a cluster.</source>
        <translation>Regroupez en grappe deux répartiteurs de charge sur deux serveurs différents.</translation>
    </message>
    <message>
        <source>Scale up: web, application and database each on its own server</source>
        <translation>Montée en charge : web, application et base de données chacun sur son serveur</translation>
    </message>
    <message>
        <source>The spec separates the database, application and web server into their own machines for isolation, scalability, maintenance, security, performance and fault isolation.</source>
        <translation>La spécification sépare la base de données, l&apos;application et le serveur web sur leurs propres machines pour l&apos;isolation, l&apos;évolutivité, la maintenance, la sécurité, les performances et l&apos;isolation des pannes.</translation>
    </message>
    <message>
        <source>Give the web server, the application server and the database a server each.</source>
        <translation>Donnez chacun un serveur au serveur web, au serveur d&apos;applications et à la base de données.</translation>
    </message>
    <message>
        <source>Scale up: one codebase</source>
        <translation>Montée en charge : un seul code source</translation>
    </message>
    <message>
        <source>The spec&apos;s design runs one codebase: every server that runs the application runs the same code from the same repository and branch.</source>
        <translation>Le schéma de la spécification exécute un seul code source : chaque serveur qui exécute l&apos;application exécute le même code depuis le même dépôt et la même branche.</translation>
    </message>
    <message>
        <source>Add a codebase to the application server, with the same repository and branch everywhere.</source>
        <translation>Ajoutez un code source au serveur d&apos;applications, avec le même dépôt et la même branche partout.</translation>
    </message>
    <message>
        <source>Monitoring service</source>
        <translation>Service de supervision</translation>
    </message>
    <message>
        <source>Monitoring agent</source>
        <translation>Agent de supervision</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>Serveur de base de données</translation>
    </message>
    <message>
        <source>Application server</source>
        <translation>Serveur d&apos;applications</translation>
    </message>
    <message>
        <source>Codebase</source>
        <translation>Code source</translation>
    </message>
    <message>
        <source>Design: %1</source>
        <translation>Schéma : %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi : %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 info(s)</source>
        <translation>%1 erreur(s), %2 avertissement(s), %3 information(s)</translation>
    </message>
    <message>
        <source>(%1 more from rules switched off for this design)</source>
        <translation>(%1 de plus venant de règles désactivées pour ce schéma)</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Profils :</translation>
    </message>
    <message>
        <source>Request paths</source>
        <translation>Chemins des requêtes</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Exploitation</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Profile requirements</source>
        <translation>Exigences du profil</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Replica &quot;%1&quot; does not say which primary it replicates from.</source>
        <translation>La réplique &quot;%1&quot; n&apos;indique pas depuis quel primaire elle se réplique.</translation>
    </message>
    <message>
        <source>Replica &quot;%1&quot; replicates from &quot;%2&quot;, which is not a primary database.</source>
        <translation>La réplique &quot;%1&quot; se réplique depuis &quot;%2&quot;, qui n&apos;est pas une base de données primaire.</translation>
    </message>
    <message>
        <source>Database &quot;%1&quot; is the only one and no replica follows it.</source>
        <translation>La base de données &quot;%1&quot; est la seule et aucune réplique ne la suit.</translation>
    </message>
    <message>
        <source>%1 databases accept writes: &quot;%2&quot;.</source>
        <translation>%1 bases de données acceptent les écritures : &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; has no firewall, and requests reach it without passing a network firewall.</source>
        <translation>Le serveur &quot;%1&quot; n&apos;a pas de pare-feu, et les requêtes l&apos;atteignent sans passer par un pare-feu réseau.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; has no firewall.</source>
        <translation>Le serveur &quot;%1&quot; n&apos;a pas de pare-feu.</translation>
    </message>
    <message>
        <source>Firewall &quot;%1&quot; does not allow port %2/%3 from &quot;%4&quot;, which the %5 link from &quot;%6&quot; to &quot;%7&quot; needs.</source>
        <translation>Le pare-feu &quot;%1&quot; n&apos;autorise pas le port %2/%3 depuis &quot;%4&quot;, dont le lien %5 de &quot;%6&quot; à &quot;%7&quot; a besoin.</translation>
    </message>
    <message>
        <source>Firewall &quot;%1&quot; allows %2, but no link of the design uses it.</source>
        <translation>Le pare-feu &quot;%1&quot; autorise %2, mais aucun lien du schéma ne l&apos;utilise.</translation>
    </message>
    <message>
        <source>Firewall &quot;%1&quot; allows the database port to everyone (%2).</source>
        <translation>Le pare-feu &quot;%1&quot; ouvre le port de la base de données à tous (%2).</translation>
    </message>
    <message>
        <source>Firewall &quot;%1&quot; opens SSH to everyone (%2).</source>
        <translation>Le pare-feu &quot;%1&quot; ouvre SSH à tous (%2).</translation>
    </message>
    <message>
        <source>The internet has an SSH link to &quot;%1&quot;.</source>
        <translation>Internet a un lien SSH vers &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The design has no internet node, so no request comes in.</source>
        <translation>Le schéma n&apos;a pas de nœud internet, donc aucune requête n&apos;entre.</translation>
    </message>
    <message>
        <source>The design has no database, so requests have no data to reach.</source>
        <translation>Le schéma n&apos;a pas de base de données, donc les requêtes n&apos;ont aucune donnée à atteindre.</translation>
    </message>
    <message>
        <source>Following the links from the internet, no request reaches a database.</source>
        <translation>En suivant les liens depuis internet, aucune requête n&apos;atteint une base de données.</translation>
    </message>
    <message>
        <source>If server &quot;%1&quot; fails, no request from the internet reaches a database.</source>
        <translation>Si le serveur &quot;%1&quot; tombe en panne, aucune requête d&apos;internet n&apos;atteint une base de données.</translation>
    </message>
    <message>
        <source>If firewall &quot;%1&quot; fails, no request from the internet reaches a database.</source>
        <translation>Si le pare-feu &quot;%1&quot; tombe en panne, aucune requête d&apos;internet n&apos;atteint une base de données.</translation>
    </message>
    <message>
        <source>Database &quot;%1&quot; can be reached from the internet without passing an application server.</source>
        <translation>La base de données &quot;%1&quot; est joignable depuis internet sans passer par un serveur d&apos;applications.</translation>
    </message>
    <message>
        <source>Web server &quot;%1&quot; forwards requests to no application server.</source>
        <translation>Le serveur web &quot;%1&quot; ne transmet les requêtes à aucun serveur d&apos;applications.</translation>
    </message>
    <message>
        <source>No server runs a web server, an application server, a codebase and a database together.</source>
        <translation>Aucun serveur n&apos;exécute à la fois un serveur web, un serveur d&apos;applications, un code source et une base de données.</translation>
    </message>
    <message>
        <source>The design has no DNS record for %1.</source>
        <translation>Le schéma n&apos;a pas d&apos;enregistrement DNS pour %1.</translation>
    </message>
    <message>
        <source>The design&apos;s domain is %1, the profile asks for %2.</source>
        <translation>Le domaine du schéma est %1, le profil demande %2.</translation>
    </message>
    <message>
        <source>The design has no domain: add a DNS record.</source>
        <translation>Le schéma n&apos;a pas de domaine : ajoutez un enregistrement DNS.</translation>
    </message>
    <message>
        <source>The design has no load balancer.</source>
        <translation>Le schéma n&apos;a pas de répartiteur de charge.</translation>
    </message>
    <message>
        <source>No load balancer sends requests to two or more servers that each run a web server, an application server and a codebase.</source>
        <translation>Aucun répartiteur de charge n&apos;envoie de requêtes à deux serveurs ou plus qui exécutent chacun un serveur web, un serveur d&apos;applications et un code source.</translation>
    </message>
    <message>
        <source>The design has no primary database with a replica that follows it.</source>
        <translation>Le schéma n&apos;a pas de base de données primaire suivie par une réplique.</translation>
    </message>
    <message>
        <source>The design has no cluster of two load balancers on different servers.</source>
        <translation>Le schéma n&apos;a pas de grappe de deux répartiteurs de charge sur des serveurs différents.</translation>
    </message>
    <message>
        <source>These tiers have no server of their own: %1.</source>
        <translation>Ces niveaux n&apos;ont pas leur propre serveur : %1.</translation>
    </message>
    <message>
        <source>The design has no codebase.</source>
        <translation>Le schéma n&apos;a pas de code source.</translation>
    </message>
    <message>
        <source>The design has %1 different codebases (repository and branch).</source>
        <translation>Le schéma a %1 codes sources différents (dépôt et branche).</translation>
    </message>
    <message>
        <source>The monitoring agent on server &quot;%1&quot; reports to no monitoring service.</source>
        <translation>L&apos;agent de supervision du serveur &quot;%1&quot; ne rapporte à aucun service de supervision.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; has no monitoring agent.</source>
        <translation>Le serveur &quot;%1&quot; n&apos;a pas d&apos;agent de supervision.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; runs these tiers together: %2.</source>
        <translation>Le serveur &quot;%1&quot; exécute ces niveaux ensemble : %2.</translation>
    </message>
    <message>
        <source>Load balancer &quot;%1&quot; is not in a cluster with a second load balancer on another server.</source>
        <translation>Le répartiteur de charge &quot;%1&quot; n&apos;est pas en grappe avec un second répartiteur de charge sur un autre serveur.</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; has no virtual address.</source>
        <translation>La grappe &quot;%1&quot; n&apos;a pas d&apos;adresse virtuelle.</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; is active-passive, but requests go straight to &quot;%2&quot;.</source>
        <translation>La grappe &quot;%1&quot; est en actif-passif, mais des requêtes vont directement à &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Application server &quot;%1&quot; has no codebase on its server.</source>
        <translation>Le serveur d&apos;applications &quot;%1&quot; n&apos;a pas de code source sur son serveur.</translation>
    </message>
    <message>
        <source>The application servers run different code: %1.</source>
        <translation>Les serveurs d&apos;applications exécutent un code différent : %1.</translation>
    </message>
    <message>
        <source>Users reach &quot;%1&quot; over plain HTTP.</source>
        <translation>Les utilisateurs atteignent &quot;%1&quot; en HTTP non chiffré.</translation>
    </message>
    <message>
        <source>No service behind &quot;%1&quot; terminates TLS: its HTTPS link ends nowhere.</source>
        <translation>Aucun service derrière &quot;%1&quot; ne termine le TLS : son lien HTTPS n&apos;aboutit nulle part.</translation>
    </message>
    <message>
        <source>No certificate is installed on the service that terminates TLS for &quot;%1&quot;.</source>
        <translation>Aucun certificat n&apos;est installé sur le service qui termine le TLS pour &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No certificate for %1 is installed on the service that terminates TLS for &quot;%2&quot;.</source>
        <translation>Aucun certificat pour %1 n&apos;est installé sur le service qui termine le TLS pour &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Load balancer &quot;%1&quot; decrypts HTTPS and sends the requests on in plain HTTP.</source>
        <translation>Le répartiteur de charge &quot;%1&quot; déchiffre le HTTPS et transmet les requêtes en HTTP non chiffré.</translation>
    </message>
    <message>
        <source>The design has no DNS record, so users cannot find the site by name.</source>
        <translation>Le schéma n&apos;a pas d&apos;enregistrement DNS, donc les utilisateurs ne peuvent pas trouver le site par son nom.</translation>
    </message>
    <message>
        <source>No DNS record points at the entry &quot;%1&quot;.</source>
        <translation>Aucun enregistrement DNS ne pointe vers l&apos;entrée &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; serves the site on port 80 as well as HTTPS, without redirecting to HTTPS.</source>
        <translation>&quot;%1&quot; sert le site sur le port 80 en plus du HTTPS, sans rediriger vers HTTPS.</translation>
    </message>
    <message>
        <source>In cluster &quot;%1&quot;, &quot;%2&quot; does not terminate TLS with the certificate for %3 that the other members present.</source>
        <translation>Dans la grappe &quot;%1&quot;, &quot;%2&quot; ne termine pas le TLS avec le certificat pour %3 que présentent les autres membres.</translation>
    </message>
    <message>
        <source>Required property not set</source>
        <translation>Propriété obligatoire non définie</translation>
    </message>
    <message>
        <source>A whiteboard holds unfinished work: the design saves and opens with the value missing. But what the value is for cannot work without it: a DNS record without a domain names nothing, a server without a host name cannot be set up, a cluster without members protects nothing. The deploy bundles and deploy refuse the design until it is set.</source>
        <translation>Un tableau blanc contient du travail inachevé : le schéma s&apos;enregistre et s&apos;ouvre sans la valeur. Mais ce à quoi sert la valeur ne peut pas fonctionner sans elle : un enregistrement DNS sans domaine ne nomme rien, un serveur sans nom d&apos;hôte ne peut pas être configuré, une grappe sans membres ne protège rien. Les paquets de déploiement et le déploiement refusent le schéma tant qu&apos;elle n&apos;est pas définie.</translation>
    </message>
    <message>
        <source>Select the node and fill in the property in the properties panel (the quick fix takes you there).</source>
        <translation>Sélectionnez le nœud et renseignez la propriété dans le panneau des propriétés (le correctif rapide vous y mène).</translation>
    </message>
    <message>
        <source>Two servers share an address or a host name</source>
        <translation>Deux serveurs partagent une adresse ou un nom d&apos;hôte</translation>
    </message>
    <message>
        <source>An address or a host name names one machine. When two servers share one, requests, SSH sessions and the deploy reach whichever answers first, monitoring mixes up their data, and the second server is, in fact, not there.</source>
        <translation>Une adresse ou un nom d&apos;hôte désigne une seule machine. Lorsque deux serveurs partagent l&apos;une ou l&apos;autre, les requêtes, les sessions SSH et le déploiement atteignent celui qui répond en premier, la supervision mélange leurs données et le second serveur n&apos;existe, de fait, pas.</translation>
    </message>
    <message>
        <source>Give each server its own address and host name (a copy made with Duplicate keeps the subnet and numbers the name: web-01, web-02).</source>
        <translation>Attribuez à chaque serveur sa propre adresse et son propre nom d&apos;hôte (une copie faite avec Dupliquer conserve le sous-réseau et numérote le nom : web-01, web-02).</translation>
    </message>
    <message>
        <source>Servers %1 share the address %2.</source>
        <translation>Les serveurs %1 partagent l&apos;adresse %2.</translation>
    </message>
    <message>
        <source>Servers %1 share the host name &quot;%2&quot; (host names are compared without regard to case).</source>
        <translation>Les serveurs %1 partagent le nom d&apos;hôte &quot;%2&quot; (les noms d&apos;hôte sont comparés sans tenir compte de la casse).</translation>
    </message>
    <message>
        <source>Cache &quot;%1&quot; is reachable from the internet: &quot;%2&quot; links to it.</source>
        <translation>Le cache &quot;%1&quot; est joignable depuis internet : &quot;%2&quot; y est relié.</translation>
    </message>
    <message>
        <source>No application server links to cache &quot;%1&quot;, so nothing uses it.</source>
        <translation>Aucun serveur d&apos;applications n&apos;est relié au cache &quot;%1&quot; : personne ne l&apos;utilise.</translation>
    </message>
    <message>
        <source>Cache &quot;%1&quot; is the only one: when it fails the application still answers, but every request goes to the database.</source>
        <translation>Le cache &quot;%1&quot; est le seul : s&apos;il tombe en panne, l&apos;application répond encore, mais chaque requête va à la base de données.</translation>
    </message>
    <message>
        <source>Cache reachable from the internet</source>
        <translation>Cache joignable depuis internet</translation>
    </message>
    <message>
        <source>A cache (Redis, Memcached) has no passwords worth the name and answers anyone who reaches its port: from the internet it hands out the cached data (sessions, pages, personal data) and lets an attacker write into it. Only the application servers should talk to it, over the private network.</source>
        <translation>Un cache (Redis, Memcached) n&apos;a pas de mot de passe digne de ce nom et répond à quiconque atteint son port : depuis internet, il livre les données en cache (sessions, pages, données personnelles) et laisse un attaquant y écrire. Seuls les serveurs d&apos;applications doivent lui parler, par le réseau privé.</translation>
    </message>
    <message>
        <source>Remove the link from the users, the load balancer or the cluster to the cache, and link the application servers to it instead.</source>
        <translation>Supprimez le lien des utilisateurs, du répartiteur de charge ou de la grappe vers le cache, et reliez-y plutôt les serveurs d&apos;applications.</translation>
    </message>
    <message>
        <source>Cache that no application server uses</source>
        <translation>Cache qu&apos;aucun serveur d&apos;applications n&apos;utilise</translation>
    </message>
    <message>
        <source>A cache helps only when the application asks it before the database. A cache no application server links to costs a server and memory and makes nothing faster; it often means a link was forgotten.</source>
        <translation>Un cache n&apos;aide que si l&apos;application l&apos;interroge avant la base de données. Un cache auquel aucun serveur d&apos;applications n&apos;est relié coûte un serveur et de la mémoire sans rien accélérer ; c&apos;est souvent un lien oublié.</translation>
    </message>
    <message>
        <source>Link every application server to the cache (tcp on the cache&apos;s port), or remove the cache.</source>
        <translation>Reliez chaque serveur d&apos;applications au cache (tcp sur le port du cache), ou supprimez le cache.</translation>
    </message>
    <message>
        <source>Only one cache</source>
        <translation>Un seul cache</translation>
    </message>
    <message>
        <source>When the only cache fails the site does not go down: the application asks the database directly. But every request then costs a database query, pages get slower and the database may not keep up with the load the cache used to take. It is not a single point of failure, it is a single point of slowness.</source>
        <translation>Quand le seul cache tombe en panne, le site ne tombe pas : l&apos;application interroge directement la base de données. Mais chaque requête coûte alors une requête à la base de données, les pages ralentissent et la base de données peut ne pas tenir la charge que le cache absorbait. Ce n&apos;est pas un point de défaillance unique, c&apos;est un point de lenteur unique.</translation>
    </message>
    <message>
        <source>Add a second cache on another server (a Redis replica, or a second Memcached the application spreads its keys over) and link the application servers to both.</source>
        <translation>Ajoutez un second cache sur un autre serveur (une réplique Redis, ou un second Memcached sur lequel l&apos;application répartit ses clés) et reliez les serveurs d&apos;applications aux deux.</translation>
    </message>
</context>
<context>
    <name>sw::SqliteStore</name>
    <message>
        <source>the file is damaged: %1</source>
        <translation>le fichier est endommagé : %1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>it is a folder, not a Stackwright file</source>
        <translation>c&apos;est un dossier, pas un fichier Stackwright</translation>
    </message>
    <message>
        <source>cannot open it: %1</source>
        <translation>impossible de l&apos;ouvrir : %1</translation>
    </message>
    <message>
        <source>the file is empty, it is not a Stackwright design</source>
        <translation>le fichier est vide, ce n&apos;est pas un schéma Stackwright</translation>
    </message>
    <message>
        <source>not a Stackwright file: it is not an SQLite database (it looks like JSON: give it the .json extension)</source>
        <translation>pas un fichier Stackwright : ce n&apos;est pas une base de données SQLite (il ressemble à du JSON : donnez-lui l&apos;extension .json)</translation>
    </message>
    <message>
        <source>not a Stackwright file: it is not an SQLite database</source>
        <translation>pas un fichier Stackwright : ce n&apos;est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>the file is damaged: its header is cut short</source>
        <translation>le fichier est endommagé : son en-tête est tronqué</translation>
    </message>
    <message>
        <source>not a Stackwright file: it is an SQLite database of another program</source>
        <translation>pas un fichier Stackwright : c&apos;est une base de données SQLite d&apos;un autre programme</translation>
    </message>
    <message>
        <source>not a Stackwright file: its SQLite application id is %1, Stackwright&apos;s is %2</source>
        <translation>pas un fichier Stackwright : son identifiant d&apos;application SQLite est %1, celui de Stackwright est %2</translation>
    </message>
    <message>
        <source>an interrupted save left it unfinished and it cannot be restored: %1</source>
        <translation>un enregistrement interrompu l&apos;a laissé inachevé et il ne peut pas être restauré : %1</translation>
    </message>
    <message>
        <source>this file was made by a newer Stackwright (file schema version %1; this one reads up to version %2)</source>
        <translation>ce fichier a été créé par un Stackwright plus récent (version de structure de fichier %1 ; celui-ci lit jusqu&apos;à la version %2)</translation>
    </message>
    <message>
        <source>the file is damaged: its schema version is %1</source>
        <translation>le fichier est endommagé : sa version de structure est %1</translation>
    </message>
    <message>
        <source>simulated failure while storing the nodes</source>
        <translation>échec simulé pendant l&apos;enregistrement des nœuds</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire épuisée</translation>
    </message>
    <message>
        <source>cannot save it: %1</source>
        <translation>impossible de l&apos;enregistrer : %1</translation>
    </message>
    <message>
        <source>cannot write it: %1</source>
        <translation>impossible de l&apos;écrire : %1</translation>
    </message>
    <message>
        <source>simulated failure while writing the file</source>
        <translation>échec simulé pendant l&apos;écriture du fichier</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;, field &quot;props&quot;: not a JSON object</source>
        <translation>nœud &quot;%1&quot;, champ &quot;props&quot; : pas un objet JSON</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;, field &quot;props.%2&quot;: must be a string, a number, a boolean or an array of strings</source>
        <translation>nœud &quot;%1&quot;, champ &quot;props.%2&quot; : doit être une chaîne, un nombre, un booléen ou un tableau de chaînes</translation>
    </message>
    <message>
        <source>no migration from schema version %1</source>
        <translation>aucune migration depuis la version de structure %1</translation>
    </message>
    <message>
        <source>cannot upgrade it from schema version %1 to %2: %3</source>
        <translation>impossible de le mettre à niveau de la version de structure %1 à %2 : %3</translation>
    </message>
    <message>
        <source>the file is damaged: it holds no design</source>
        <translation>le fichier est endommagé : il ne contient aucun schéma</translation>
    </message>
    <message>
        <source>field &quot;profile&quot;: unknown profile &quot;%1&quot; (one of: %2)</source>
        <translation>champ &quot;profile&quot; : profil &quot;%1&quot; inconnu (parmi : %2)</translation>
    </message>
    <message>
        <source>the file is damaged: its extensions are not a JSON object</source>
        <translation>le fichier est endommagé : ses extensions ne sont pas un objet JSON</translation>
    </message>
    <message>
        <source>unknown top-level field &quot;%1&quot;</source>
        <translation>champ de premier niveau &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>node #%1, field &quot;id&quot;: &quot;%2&quot; is not a valid id</source>
        <translation>nœud n° %1, champ &quot;id&quot; : &quot;%2&quot; n&apos;est pas un identifiant valide</translation>
    </message>
    <message>
        <source>%1, field &quot;kind&quot;: unknown kind &quot;%2&quot;</source>
        <translation>%1, champ &quot;kind&quot; : type &quot;%2&quot; inconnu</translation>
    </message>
    <message>
        <source>%1, field &quot;id&quot;: the id is used twice</source>
        <translation>%1, champ &quot;id&quot; : l&apos;identifiant est utilisé deux fois</translation>
    </message>
    <message>
        <source>the file is damaged: property &quot;%1&quot; belongs to no node (&quot;%2&quot;)</source>
        <translation>le fichier est endommagé : la propriété &quot;%1&quot; n&apos;appartient à aucun nœud (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1, field &quot;props.%2&quot;: the stored value is damaged</source>
        <translation>%1, champ &quot;props.%2&quot; : la valeur enregistrée est endommagée</translation>
    </message>
    <message>
        <source>link #%1, field &quot;id&quot;: &quot;%2&quot; is not a valid id</source>
        <translation>lien n° %1, champ &quot;id&quot; : &quot;%2&quot; n&apos;est pas un identifiant valide</translation>
    </message>
    <message>
        <source>%1, field &quot;protocol&quot;: unknown protocol &quot;%2&quot;</source>
        <translation>%1, champ &quot;protocol&quot; : protocole &quot;%2&quot; inconnu</translation>
    </message>
    <message>
        <source>%1, field &quot;port&quot;: %2 is out of range (1 to 65535)</source>
        <translation>%1, champ &quot;port&quot; : %2 est hors limites (1 à 65535)</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (et %n autre problème)</numerusform>
            <numerusform>(et %n autres problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>not a Stackwright file: it holds a %1 named &quot;%2&quot; (a Stackwright file holds tables only)</source>
        <translation>ce n&apos;est pas un fichier Stackwright : il contient un objet %1 nommé &quot;%2&quot; (un fichier Stackwright ne contient que des tables)</translation>
    </message>
    <message>
        <source>not a Stackwright file: it holds a table &quot;%1&quot; that schema version %2 does not have</source>
        <translation>ce n&apos;est pas un fichier Stackwright : il contient une table &quot;%1&quot; que la version de schéma %2 ne comporte pas</translation>
    </message>
    <message>
        <source>the file is damaged: the table &quot;%1&quot; is missing</source>
        <translation>le fichier est endommagé : la table &quot;%1&quot; est absente</translation>
    </message>
    <message>
        <source>the file is damaged: the table &quot;%1&quot; has the columns (%2), expected (%3)</source>
        <translation>le fichier est endommagé : la table &quot;%1&quot; a les colonnes (%2) au lieu de (%3)</translation>
    </message>
    <message>
        <source>the file is damaged: it holds %1 design rows, a Stackwright file holds exactly one</source>
        <translation>le fichier est endommagé : il contient %1 lignes de schéma, alors qu&apos;un fichier Stackwright en contient exactement une</translation>
    </message>
    <message>
        <source>an interrupted save left a journal beside it and a copy to restore it in cannot be made in %1</source>
        <translation>un enregistrement interrompu a laissé un journal à côté du fichier et il est impossible de créer dans %1 une copie dans laquelle le restaurer</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: the stored coordinate is not a number</source>
        <translation>%1, champ &quot;%2&quot; : la coordonnée enregistrée n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1, field &quot;port&quot;: the stored port is not a whole number</source>
        <translation>%1, champ &quot;port&quot; : le port enregistré n&apos;est pas un nombre entier</translation>
    </message>
</context>
<context>
    <name>sw::StartPage</name>
    <message>
        <source>Welcome to Stackwright</source>
        <translation>Bienvenue dans Stackwright</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Start a design&lt;/h2&gt;&lt;p&gt;Begin with an empty canvas and drag boxes from the palette, or start from one of the designs below.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Commencer un schéma&lt;/h2&gt;&lt;p&gt;Partez d&apos;une zone de dessin vide et faites glisser des boîtes depuis la palette, ou partez d&apos;un des schémas ci-dessous.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Empty design</source>
        <translation>Schéma &amp;vide</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Templates&lt;/b&gt; (double-click to start from one)</source>
        <translation>&lt;b&gt;Modèles&lt;/b&gt; (double-cliquez pour partir de l&apos;un d&apos;eux)</translation>
    </message>
    <message>
        <source>Start from the template &quot;%1&quot;</source>
        <translation>Partir du modèle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fichiers récents&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no recent files yet)</source>
        <translation>(aucun fichier récent pour l&apos;instant)</translation>
    </message>
</context>
<context>
    <name>sw::SvgExporter</name>
    <message>
        <source>Made with Stackwright</source>
        <translation>Réalisé avec Stackwright</translation>
    </message>
    <message>
        <source>the SVG could not be generated</source>
        <translation>le SVG n&apos;a pas pu être généré</translation>
    </message>
</context>
<context>
    <name>sw::Templates</name>
    <message>
        <source>no built-in template is called &quot;%1&quot; (there are: %2)</source>
        <translation>aucun modèle intégré ne s&apos;appelle &quot;%1&quot; (il y a : %2)</translation>
    </message>
    <message>
        <source>built-in template &quot;%1&quot;: %2</source>
        <translation>modèle intégré &quot;%1&quot; : %2</translation>
    </message>
</context>
<context>
    <name>sw::Verify</name>
    <message>
        <source>%1 is a network firewall: the lab gives it a namespace but routes no traffic through it yet, so failing it there proves nothing</source>
        <translation>%1 est un pare-feu réseau : le laboratoire lui donne un espace de noms mais n&apos;y fait encore passer aucun trafic, donc le mettre en panne là ne prouve rien</translation>
    </message>
    <message>
        <source>the lab could not fail %1: %2</source>
        <translation>le laboratoire n&apos;a pas pu mettre %1 en panne : %2</translation>
    </message>
    <message>
        <source>the probe from the users&apos; namespace failed: %1</source>
        <translation>la sonde depuis l&apos;espace de noms des utilisateurs a échoué : %1</translation>
    </message>
    <message>
        <source>reads %1, writes %2 after %3 s: %4</source>
        <translation>lectures %1, écritures %2 après %3 s : %4</translation>
    </message>
    <message>
        <source>a lab of another design (&quot;%1&quot;) is running here: stop it first with: stackwright-cli lab down</source>
        <translation>un laboratoire d&apos;un autre schéma (&quot;%1&quot;) tourne ici : arrêtez-le d&apos;abord avec : stackwright-cli lab down</translation>
    </message>
    <message>
        <source>the lab of this design was already running: it was used and is left running</source>
        <translation>le laboratoire de ce schéma tournait déjà : il a été utilisé et reste en marche</translation>
    </message>
    <message>
        <source>%1 holds part of a lab (a crash?): remove it first with: stackwright-cli lab down</source>
        <translation>%1 contient une partie d&apos;un laboratoire (un plantage ?) : supprimez-le d&apos;abord avec : stackwright-cli lab down</translation>
    </message>
    <message>
        <source>bringing the lab up</source>
        <translation>démarrage du laboratoire</translation>
    </message>
    <message>
        <source>lab: %1 %2</source>
        <translation>laboratoire : %1 %2</translation>
    </message>
    <message>
        <source>lab</source>
        <translation>laboratoire</translation>
    </message>
    <message>
        <source>the design has no DNS record pointing at the stack: the lab has nothing to send requests to</source>
        <translation>le schéma ne contient aucun enregistrement DNS pointant vers la pile : le laboratoire n&apos;a nulle part où envoyer des requêtes</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>probing with nothing failed</source>
        <translation>sondage sans aucune panne</translation>
    </message>
    <message>
        <source>failing %1, probing, healing</source>
        <translation>mise en panne de %1, sondage, rétablissement</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>bringing the lab down</source>
        <translation>arrêt du laboratoire</translation>
    </message>
    <message>
        <source>lab down failed: %1</source>
        <translation>échec de l&apos;arrêt du laboratoire : %1</translation>
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
        <source>unstable</source>
        <translation>instable</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>the write was answered by %1, which is not a primary database</source>
        <translation>l&apos;écriture a reçu une réponse de %1, qui n&apos;est pas une base de données primaire</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>aucune base de données</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <source>the lab could not check this candidate</source>
        <translation>le laboratoire n&apos;a pas pu vérifier ce candidat</translation>
    </message>
    <message>
        <source>with nothing failed</source>
        <translation>sans aucune panne</translation>
    </message>
    <message>
        <source>with %1 failed</source>
        <translation>avec %1 en panne</translation>
    </message>
    <message>
        <source>%1, %2 were served only some of the time once the failure had settled (a defect of the bundles: the failover does not hold)</source>
        <translation>%1, les %2 n&apos;ont été servies qu&apos;une partie du temps une fois la panne stabilisée (un défaut des paquets : le basculement ne tient pas)</translation>
    </message>
    <message>
        <source>%1, %2 predicts %3 %4, the lab %5 (a defect of %2, or of the bundles)</source>
        <translation>%1, %2 prédit %3 %4, le laboratoire %5 (un défaut de %2, ou des paquets)</translation>
    </message>
    <message>
        <source>served</source>
        <translation>servies</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>non servies</translation>
    </message>
    <message>
        <source>served them</source>
        <translation>les a servies</translation>
    </message>
    <message>
        <source>did not serve them</source>
        <translation>ne les a pas servies</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>lectures</translation>
    </message>
    <message>
        <source>the validator (SPOF)</source>
        <translation>le validateur (SPOF)</translation>
    </message>
    <message>
        <source>the what-if analysis</source>
        <translation>la simulation de pannes</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>écritures</translation>
    </message>
    <message>
        <source>the validator (SPOF: %1) and the what-if analysis (reads served: %2) disagree with each other</source>
        <translation>le validateur (SPOF : %1) et la simulation de pannes (lectures servies : %2) se contredisent</translation>
    </message>
    <message>
        <source>after healing %1 the stack did not serve again: %2</source>
        <translation>après le rétablissement de %1, la pile n&apos;a pas recommencé à servir : %2</translation>
    </message>
</context>
<context>
    <name>sw::WhatIf</name>
    <message>
        <source>&quot;%1&quot; is a link: only nodes can fail</source>
        <translation>&quot;%1&quot; est un lien : seuls les nœuds peuvent tomber en panne</translation>
    </message>
    <message>
        <source>unknown node id &quot;%1&quot;</source>
        <translation>identifiant de nœud &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is not inside a server, so it cannot fail on its own</source>
        <translation>le nœud &quot;%1&quot; n&apos;est pas dans un serveur, il ne peut donc pas tomber en panne seul</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; (%2) cannot fail: only servers, network firewalls, services and cluster members are failure candidates</source>
        <translation>le nœud &quot;%1&quot; (%2) ne peut pas tomber en panne : seuls les serveurs, les pare-feu réseau, les services et les membres de grappe peuvent être mis en panne</translation>
    </message>
    <message>
        <source>Reads are still served (by %1), but no database accepts writes: a replica does not become the primary by itself. Promote it by hand, or add automatic failover.</source>
        <translation>Les lectures sont encore servies (par %1), mais aucune base de données n&apos;accepte les écritures : une réplique ne devient pas primaire d&apos;elle-même. Promouvez-la à la main, ou ajoutez une bascule automatique.</translation>
    </message>
</context>
<context>
    <name>sw::WhatIfPanel</name>
    <message>
        <source>What-if mode: mark nodes as failed</source>
        <translation>Mode simulation de pannes : marquer des nœuds en panne</translation>
    </message>
    <message>
        <source>While on, failed nodes are greyed out and the surviving request paths are drawn. The design itself never changes.</source>
        <translation>Tant qu&apos;il est actif, les nœuds en panne sont grisés et les chemins de requête restants sont dessinés. Le schéma lui-même ne change jamais.</translation>
    </message>
    <message>
        <source>Fail selected</source>
        <translation>Mettre la sélection en panne</translation>
    </message>
    <message>
        <source>Restore all</source>
        <translation>Tout rétablir</translation>
    </message>
    <message>
        <source>Double-click a node to bring it back</source>
        <translation>Double-cliquez sur un nœud pour le rétablir</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation>Enregistrer sous...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scénario :</translation>
    </message>
    <message>
        <source>Failed nodes:</source>
        <translation>Nœuds en panne :</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Enregistrer le scénario</translation>
    </message>
    <message>
        <source>Name of the scenario:</source>
        <translation>Nom du scénario :</translation>
    </message>
    <message>
        <source>Select the servers, services or firewalls to fail first.</source>
        <translation>Sélectionnez d&apos;abord les serveurs, services ou pare-feu à mettre en panne.</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot;: %2</source>
        <translation>Scénario &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <source>Switch what-if mode on, then fail nodes with &quot;Fail selected&quot; or the canvas&apos;s context menu.</source>
        <translation>Activez le mode simulation de pannes, puis mettez des nœuds en panne avec &quot;Mettre la sélection en panne&quot; ou le menu contextuel de la zone de dessin.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b style=&apos;color:#2e7d32&apos;&gt;Requests still get through.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b style=&apos;color:#2e7d32&apos;&gt;Des requêtes passent encore.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b style=&apos;color:#c62828&apos;&gt;No request gets through.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b style=&apos;color:#c62828&apos;&gt;Aucune requête ne passe.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Users still served: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Utilisateurs encore servis : %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Users who cannot be served: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Utilisateurs qui ne peuvent pas être servis : %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Availability with these failures: &lt;b&gt;%1&lt;/b&gt; (normally %2)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Disponibilité avec ces pannes : &lt;b&gt;%1&lt;/b&gt; (normalement %2)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b style=&apos;color:#e65100&apos;&gt;Writes do not get through.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b style=&apos;color:#e65100&apos;&gt;Les écritures ne passent pas.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sw::cli</name>
    <message>
        <source>new --template NAME --output FILE   a design from a built-in template</source>
        <translation>new --template NAME --output FILE   un schéma à partir d&apos;un modèle intégré</translation>
    </message>
    <message>
        <source>convert IN OUT                      JSON to .stackwright and back</source>
        <translation>convert IN OUT                      JSON vers .stackwright et inversement</translation>
    </message>
    <message>
        <source>info FILE                           a one-screen summary</source>
        <translation>info FILE                           un résumé sur un écran</translation>
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
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;</source>
        <translation>erreur : commande &quot;%1&quot; inconnue</translation>
    </message>
    <message>
        <source>Design: %1</source>
        <translation>Schéma : %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>En panne : %1</translation>
    </message>
    <message>
        <source>Requests reach a database: yes</source>
        <translation>Les requêtes atteignent une base de données : oui</translation>
    </message>
    <message>
        <source>Requests reach a database: no</source>
        <translation>Les requêtes atteignent une base de données : non</translation>
    </message>
    <message>
        <source>Availability: %1 (%2 nines, %3)</source>
        <translation>Disponibilité : %1 (%2 neuf(s), %3)</translation>
    </message>
    <message>
        <source>Expected downtime: %1 per month, %2 per year</source>
        <translation>Indisponibilité attendue : %1 par mois, %2 par an</translation>
    </message>
    <message>
        <source>Users still served: %1</source>
        <translation>Utilisateurs encore servis : %1</translation>
    </message>
    <message>
        <source>Users not served: %1</source>
        <translation>Utilisateurs non servis : %1</translation>
    </message>
    <message>
        <source>Load: %1 req/s</source>
        <translation>Charge : %1 req/s</translation>
    </message>
    <message>
        <source>Bottleneck: %1</source>
        <translation>Goulot d&apos;étranglement : %1</translation>
    </message>
    <message>
        <source>error: --fail: %1</source>
        <translation>erreur : --fail : %1</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>option &quot;%1&quot; inconnue</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the output must end in .json or .stackwright</source>
        <translation>%1 : la sortie doit se terminer par .json ou .stackwright</translation>
    </message>
    <message>
        <source>%1: IN and OUT are the same file</source>
        <translation>%1 : IN et OUT sont le même fichier</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 nodes, %3 links).</source>
        <translation>%1 écrit (%2 nœuds, %3 liens).</translation>
    </message>
    <message>
        <source>--jobs must be a number from 1 to 64, not &quot;%1&quot;</source>
        <translation>--jobs doit être un nombre de 1 à 64, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds, not &quot;%1&quot;</source>
        <translation>--timeout doit être un nombre de secondes, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--connect-timeout must be a number of seconds from 1 to 600, not &quot;%1&quot;</source>
        <translation>--connect-timeout doit être un nombre de secondes de 1 à 600, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option %1 inconnue</translation>
    </message>
    <message>
        <source>no design file given</source>
        <translation>aucun fichier de schéma n&apos;a été donné</translation>
    </message>
    <message>
        <source>--dry-run and --check cannot be combined</source>
        <translation>--dry-run et --check ne peuvent pas être combinés</translation>
    </message>
    <message>
        <source>the key file %1 does not exist</source>
        <translation>le fichier de clé %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the bundle folder %1 does not exist</source>
        <translation>le dossier du paquet %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <source>note: %1; checking against the design only</source>
        <translation>note : %1 ; vérification par rapport au schéma seulement</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is not known:
  %3 %4
Trust it and remember it (yes/no)? </source>
        <translation>La clé d&apos;hôte de %1 (%2) n&apos;est pas connue :
  %3 %4
Lui faire confiance et la mémoriser (répondez yes ou no) ? </translation>
    </message>
    <message>
        <source>cancelling: stopping the remote commands...</source>
        <translation>annulation : arrêt des commandes distantes...</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2: %n server(s)</source>
        <translation>
            <numerusform>%1 sur %2 : %n serveur</numerusform>
            <numerusform>%1 sur %2 : %n serveurs</numerusform>
        </translation>
    </message>
    <message>
        <source>error: nothing to deploy</source>
        <translation>erreur : rien à déployer</translation>
    </message>
    <message>
        <source>Summary (%1): %2</source>
        <translation>Résumé (%1) : %2</translation>
    </message>
    <message>
        <source>error: a host key was refused; see above (use --yes-new-host-keys or answer yes to trust a new server; never for a changed key)</source>
        <translation>erreur : une clé d&apos;hôte a été refusée ; voir ci-dessus (utilisez --yes-new-host-keys ou répondez yes pour faire confiance à un nouveau serveur ; jamais pour une clé modifiée)</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>--output PATH is missing</source>
        <translation>--output PATH manque</translation>
    </message>
    <message>
        <source>--scale must be a number from 0.05 to 20, not &quot;%1&quot;</source>
        <translation>--scale doit être un nombre de 0.05 à 20, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--dpi must be a whole number from 10 to 2400, not &quot;%1&quot;</source>
        <translation>--dpi doit être un nombre entier de 10 à 2400, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--background must be white or transparent, not &quot;%1&quot;</source>
        <translation>--background doit valoir white ou transparent, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter, not &quot;%1&quot;</source>
        <translation>--paper doit valoir a4 ou letter, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>erreur : %1 : %2</translation>
    </message>
    <message>
        <source>Score: %1 / 100 (%2 of %3 requirements of &quot;%4&quot; met)</source>
        <translation>Note : %1 / 100 (%2 exigences sur %3 de &quot;%4&quot; satisfaites)</translation>
    </message>
    <message>
        <source>  hint: %1</source>
        <translation>  indice : %1</translation>
    </message>
    <message>
        <source>Design:   %1</source>
        <translation>Schéma :     %1</translation>
    </message>
    <message>
        <source>Profile:  %1</source>
        <translation>Profil :     %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Format:   %1</source>
        <translation>Format :     %1</translation>
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
        <translation>Nœuds :      %1</translation>
    </message>
    <message>
        <source>Links:    %1</source>
        <translation>Liens :      %1</translation>
    </message>
    <message>
        <source>Servers:  %1</source>
        <translation>Serveurs :   %1</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>hôte %1</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>pas d&apos;adresse</translation>
    </message>
    <message>
        <source>(nothing runs on it)</source>
        <translation>(rien ne s&apos;y exécute)</translation>
    </message>
    <message>
        <source>Cluster:  %1 = %2 (%3)</source>
        <translation>Grappe :     %1 = %2 (%3)</translation>
    </message>
    <message>
        <source>--template NAME is missing</source>
        <translation>--template NAME manque</translation>
    </message>
    <message>
        <source>--output FILE is missing</source>
        <translation>--output FILE manque</translation>
    </message>
    <message>
        <source>Wrote %1 from template &quot;%2&quot; (%3 nodes, %4 links).</source>
        <translation>%1 écrit à partir du modèle &quot;%2&quot; (%3 nœuds, %4 liens).</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 manque</translation>
    </message>
    <message>
        <source>%1 and %2 are missing</source>
        <translation>%1 et %2 manquent</translation>
    </message>
    <message>
        <source>Availability, reachability, tiers and capacity, with failures; exit 0 requests reach a database, 1 none can, 2 bad input.</source>
        <translation>Disponibilité, accessibilité, niveaux et capacité, en tenant compte des pannes ; code de sortie 0 : les requêtes atteignent une base de données, 1 : aucune n&apos;y parvient, 2 : entrée invalide.</translation>
    </message>
    <message>
        <source>a design (.json, .stackwright, or - for standard input)</source>
        <translation>un schéma (.json, .stackwright ou - pour l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>a node that has failed (repeatable)</source>
        <translation>un nœud en panne (répétable)</translation>
    </message>
    <message>
        <source>text (default) or json</source>
        <translation>text (par défaut) ou json</translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;</source>
        <translation>--format doit valoir text ou json, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Converts between the JSON format (.json) and the native file (.stackwright), by extension.</source>
        <translation>Convertit entre le format JSON (.json) et le fichier natif (.stackwright), selon l&apos;extension.</translation>
    </message>
    <message>
        <source>the design to read (- for standard input)</source>
        <translation>le schéma à lire (- pour l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>the file to write (- for JSON on standard output)</source>
        <translation>le fichier à écrire (- pour du JSON sur la sortie standard)</translation>
    </message>
    <message>
        <source>connect, upload, bash -n every script, compare the OS; change nothing</source>
        <translation>se connecter, téléverser, bash -n sur chaque script, comparer le système d&apos;exploitation ; ne rien modifier</translation>
    </message>
    <message>
        <source>read-only: compare services, ports and firewall with the design</source>
        <translation>lecture seule : comparer les services, les ports et le pare-feu avec le schéma</translation>
    </message>
    <message>
        <source>only this server (repeatable)</source>
        <translation>uniquement ce serveur (répétable)</translation>
    </message>
    <message>
        <source>private key file (default: the ssh agent, then ~/.ssh keys)</source>
        <translation>fichier de clé privée (par défaut : l&apos;agent ssh, puis les clés de ~/.ssh)</translation>
    </message>
    <message>
        <source>known-hosts file (default: ~/.ssh/known_hosts)</source>
        <translation>fichier des hôtes connus (par défaut : ~/.ssh/known_hosts)</translation>
    </message>
    <message>
        <source>servers of one tier deployed at the same time (default 4)</source>
        <translation>serveurs d&apos;un même niveau déployés simultanément (par défaut 4)</translation>
    </message>
    <message>
        <source>ssh user for every server instead of the design&apos;s ssh_user</source>
        <translation>utilisateur ssh pour tous les serveurs au lieu du ssh_user du schéma</translation>
    </message>
    <message>
        <source>trust unknown host keys (a changed key is always refused)</source>
        <translation>faire confiance aux clés d&apos;hôte inconnues (une clé modifiée est toujours refusée)</translation>
    </message>
    <message>
        <source>go on with the next servers after a failure</source>
        <translation>continuer avec les serveurs suivants après un échec</translation>
    </message>
    <message>
        <source>the whole run of one server (default 3600)</source>
        <translation>l&apos;exécution complète d&apos;un serveur (par défaut 3600)</translation>
    </message>
    <message>
        <source>each remote command (default 900); a line every minute names the one running</source>
        <translation>chaque commande distante (par défaut 900) ; une ligne par minute indique celle en cours</translation>
    </message>
    <message>
        <source>time allowed to connect (default 15)</source>
        <translation>délai accordé pour la connexion (par défaut 15)</translation>
    </message>
    <message>
        <source>deploy this shell bundle instead of generating one</source>
        <translation>déployer ce paquet shell au lieu d&apos;en générer un</translation>
    </message>
    <message>
        <source>--command-timeout must be a number of seconds, not &quot;%1&quot;</source>
        <translation>--command-timeout doit être un nombre de secondes, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>note: the stack&apos;s private CA is kept in %1</source>
        <translation>remarque : l&apos;AC privée de la pile est conservée dans %1</translation>
    </message>
    <message>
        <source>Runs the design&apos;s shell bundle over SSH; exit 0 all servers succeeded, 1 one failed, 2 bad input or an unknown or changed host key.</source>
        <translation>Exécute le paquet shell du schéma via SSH ; code de sortie 0 : tous les serveurs ont réussi, 1 : l&apos;un d&apos;eux a échoué, 2 : entrée invalide ou clé d&apos;hôte inconnue ou modifiée.</translation>
    </message>
    <message>
        <source>The changes from OLD to NEW and what they do; exit 0 the same, 1 they differ, 2 bad input.</source>
        <translation>Les modifications de OLD à NEW et leurs effets ; code de sortie 0 : identiques, 1 : différents, 2 : entrée invalide.</translation>
    </message>
    <message>
        <source>the design before (with --textconv: the design to print)</source>
        <translation>le schéma avant modification (avec --textconv : le schéma à afficher)</translation>
    </message>
    <message>
        <source>the design after</source>
        <translation>le schéma après modification</translation>
    </message>
    <message>
        <source>text (default), json or markdown</source>
        <translation>text (par défaut), json ou markdown</translation>
    </message>
    <message>
        <source>list the nodes moved on the canvas only</source>
        <translation>lister les nœuds uniquement déplacés sur le canevas</translation>
    </message>
    <message>
        <source>print OLD&apos;s stable text form, for git diff</source>
        <translation>afficher la forme texte stable de OLD, pour git diff</translation>
    </message>
    <message>
        <source>--textconv takes one FILE</source>
        <translation>--textconv attend un seul FILE</translation>
    </message>
    <message>
        <source>OLD and NEW are needed</source>
        <translation>OLD et NEW sont requis</translation>
    </message>
    <message>
        <source>--format must be text, json or markdown, not &quot;%1&quot;</source>
        <translation>--format doit valoir text, json ou markdown, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the file (or bundle folder) to write; - for standard output (not for bundles)</source>
        <translation>le fichier (ou dossier de paquet) à écrire ; - pour la sortie standard (pas pour les paquets)</translation>
    </message>
    <message>
        <source>the bundle folder to write</source>
        <translation>le dossier de paquet à écrire</translation>
    </message>
    <message>
        <source>white (default) or transparent</source>
        <translation>white (par défaut) ou transparent</translation>
    </message>
    <message>
        <source>export only these nodes (and what they contain)</source>
        <translation>exporter uniquement ces nœuds (et leur contenu)</translation>
    </message>
    <message>
        <source>Writes a picture, a DOT file, a report, a folder of shell scripts or an Ansible project.</source>
        <translation>Écrit une image, un fichier DOT, un rapport, un dossier de scripts shell ou un projet Ansible.</translation>
    </message>
    <message>
        <source>Writes a folder of shell scripts or an Ansible project.</source>
        <translation>Écrit un dossier de scripts shell ou un projet Ansible.</translation>
    </message>
    <message>
        <source>--output DIR is missing</source>
        <translation>--output DIR manquant</translation>
    </message>
    <message>
        <source>a bundle is a folder; it cannot go to standard output</source>
        <translation>un paquet est un dossier ; il ne peut pas être envoyé sur la sortie standard</translation>
    </message>
    <message>
        <source>Writes a picture, a DOT file or a report of the design.</source>
        <translation>Écrit une image, un fichier DOT ou un rapport du schéma.</translation>
    </message>
    <message>
        <source>--layout must be auto, always or never, not &quot;%1&quot;</source>
        <translation>--layout doit valoir auto, always ou never, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>note: laid out %1 node(s) with Graphviz (%2) in %3 ms (--layout never skips this)</source>
        <translation>remarque : %1 nœud(s) disposé(s) avec Graphviz (%2) en %3 ms (--layout never évite cette étape)</translation>
    </message>
    <message>
        <source>note: the Graphviz layout failed (%1); nodes without a position were stacked in columns</source>
        <translation>remarque : la disposition Graphviz a échoué (%1) ; les nœuds sans position ont été empilés en colonnes</translation>
    </message>
    <message>
        <source>Grades a submission against a teacher&apos;s activity; exit 0 every requirement met, 1 some unmet, 2 bad input.</source>
        <translation>Évalue un rendu par rapport à l&apos;activité d&apos;un enseignant ; code de sortie 0 si toutes les exigences sont satisfaites, 1 si certaines ne le sont pas, 2 si l&apos;entrée est invalide.</translation>
    </message>
    <message>
        <source>the activity design</source>
        <translation>le schéma de l&apos;activité</translation>
    </message>
    <message>
        <source>the student&apos;s design (- for standard input)</source>
        <translation>le schéma de l&apos;étudiant (- pour l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>a model answer: say what the submission misses compared with it</source>
        <translation>un corrigé : indiquer ce qui manque au rendu par rapport à celui-ci</translation>
    </message>
    <message>
        <source>only one of ACTIVITY and SUBMISSION can be standard input</source>
        <translation>seul l&apos;un de ACTIVITY et SUBMISSION peut être l&apos;entrée standard</translation>
    </message>
    <message>
        <source>A one-screen summary: name, profile, counts by kind, each server and what runs on it, links.</source>
        <translation>Un résumé sur un écran : nom, profil, nombre par type, chaque serveur et ce qui s&apos;y exécute, liens.</translation>
    </message>
    <message>
        <source>lab</source>
        <translation>lab</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>what was started stays for a look; remove it with: stackwright-cli lab down</source>
        <translation>ce qui a été démarré est conservé pour examen ; supprimez-le avec : stackwright-cli lab down</translation>
    </message>
    <message>
        <source>the lab is up in %1 s (CPU %2 s); see: stackwright-cli lab status</source>
        <translation>le laboratoire a démarré en %1 s (CPU %2 s) ; voir : stackwright-cli lab status</translation>
    </message>
    <message>
        <source>Lab of &quot;%1&quot;, servers as %2; %3 -&gt; %4, held by %5</source>
        <translation>Laboratoire de &quot;%1&quot;, serveurs en tant que %2 ; %3 -&gt; %4, détenteur : %5</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>not in the lab</source>
        <translation>hors du laboratoire</translation>
    </message>
    <message>
        <source>up</source>
        <translation>en service</translation>
    </message>
    <message>
        <source>down</source>
        <translation>hors service</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>  [holds the virtual address]</source>
        <translation>  [détient l&apos;adresse virtuelle]</translation>
    </message>
    <message>
        <source>      files: %1 checked, %2 differ from the bundle %3
</source>
        <translation>      fichiers : %1 vérifiés, %2 diffèrent du paquet %3
</translation>
    </message>
    <message>
        <source>%1 of %2 requests answered 200 (%3 %); median %4 ms</source>
        <translation>%1 requêtes sur %2 ont reçu la réponse 200 (%3 %) ; médiane %4 ms</translation>
    </message>
    <message>
        <source>  %1 served by %2</source>
        <translation>  %1 servies par %2</translation>
    </message>
    <message>
        <source>  failed: status %1 %2%3</source>
        <translation>  échec : statut %1 %2%3</translation>
    </message>
    <message>
        <source>unknown lab command &quot;%1&quot;</source>
        <translation>commande lab inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>  sudo stackwright-cli lab %1</source>
        <translation>  sudo stackwright-cli lab %1</translation>
    </message>
    <message>
        <source>the lab is down in %1 s: no namespace, link, mount or process of it is left</source>
        <translation>le laboratoire a été arrêté en %1 s : il n&apos;en reste aucun espace de noms, lien, montage ni processus</translation>
    </message>
    <message>
        <source>lab exec needs a node, &quot;--&quot; and a command</source>
        <translation>lab exec attend un nœud, &quot;--&quot; et une commande</translation>
    </message>
    <message>
        <source>%1: its daemons are stopped</source>
        <translation>%1 : ses démons sont arrêtés</translation>
    </message>
    <message>
        <source>%1: its daemons run again</source>
        <translation>%1 : ses démons tournent à nouveau</translation>
    </message>
    <message>
        <source>Writes a design from a built-in template; FILE ends in .json or .stackwright.</source>
        <translation>Écrit un schéma à partir d&apos;un modèle intégré ; FILE se termine par .json ou .stackwright.</translation>
    </message>
    <message>
        <source>the template</source>
        <translation>le modèle</translation>
    </message>
    <message>
        <source>Templates: %1</source>
        <translation>Modèles : %1</translation>
    </message>
    <message>
        <source>Prints the rule catalog and the profiles.</source>
        <translation>Affiche le catalogue des règles et les profils.</translation>
    </message>
    <message>
        <source>Checks a design against the rules and a profile; exit 0 no error finding, 1 errors, 2 bad input.</source>
        <translation>Vérifie un schéma selon les règles et un profil ; code de sortie 0 si aucun constat d&apos;erreur, 1 en cas d&apos;erreurs, 2 si l&apos;entrée est invalide.</translation>
    </message>
    <message>
        <source>the spec profile (default: the design&apos;s own), or none</source>
        <translation>le profil de spécification (par défaut : celui du schéma), ou none</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot; (one of: %2, or none)</source>
        <translation>profil inconnu &quot;%1&quot; (valeurs possibles : %2, ou none)</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>(stackwright-cli %1 --help shows how to call it)</source>
        <translation>(stackwright-cli %1 --help indique comment l&apos;appeler)</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>usage : %1</translation>
    </message>
    <message>
        <source>arguments:</source>
        <translation>arguments :</translation>
    </message>
    <message>
        <source>options:</source>
        <translation>options :</translation>
    </message>
    <message>
        <source>error: standard input: %1</source>
        <translation>erreur : entrée standard : %1</translation>
    </message>
    <message>
        <source>cannot keep a copy of it: %1</source>
        <translation>impossible d&apos;en conserver une copie : %1</translation>
    </message>
    <message>
        <source>standard input: %1</source>
        <translation>entrée standard : %1</translation>
    </message>
    <message>
        <source>error: %1: the output would overwrite the input %2; nothing was written, choose another output</source>
        <translation>erreur : %1 : la sortie écraserait l&apos;entrée %2 ; rien n&apos;a été écrit, choisissez une autre sortie</translation>
    </message>
    <message>
        <source>error: standard output: %1</source>
        <translation>erreur : sortie standard : %1</translation>
    </message>
    <message>
        <source>rules [--format text|json|markdown]  the rule catalog</source>
        <translation>rules [--format text|json|markdown]  le catalogue des règles</translation>
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
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>changed (+%1 -%2 lines)</source>
        <translation>modifié (+%1 -%2 lignes)</translation>
    </message>
    <message>
        <source>changed (+%1 -%2 lines, was %3)</source>
        <translation>modifié (+%1 -%2 lignes, auparavant %3)</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>le schéma</translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation>Comparaison de %1 avec %2</translation>
    </message>
    <message>
        <source>The designs are the same.</source>
        <translation>Les schémas sont identiques.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s):</source>
        <translation>
            <numerusform>%n modification :</numerusform>
            <numerusform>%n modifications :</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout only:</source>
        <translation>Disposition uniquement :</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) moved on the canvas only (--layout lists them).</source>
        <translation>
            <numerusform>%n nœud déplacé sur le canevas uniquement (--layout l&apos;indique).</numerusform>
            <numerusform>%n nœuds déplacés sur le canevas uniquement (--layout les énumère).</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Constats :</translation>
    </message>
    <message>
        <source>Availability: %1 → %2</source>
        <translation>Disponibilité : %1 → %2</translation>
    </message>
    <message>
        <source>Single points of failure gained: %1</source>
        <translation>Points de défaillance uniques apparus : %1</translation>
    </message>
    <message>
        <source>Single points of failure lost: %1</source>
        <translation>Points de défaillance uniques disparus : %1</translation>
    </message>
    <message>
        <source>Shell bundle: not compared (%1)</source>
        <translation>Paquet shell : non comparé (%1)</translation>
    </message>
    <message>
        <source>Shell bundle files:</source>
        <translation>Fichiers du paquet shell :</translation>
    </message>
    <message>
        <source>Design changes: %1 → %2</source>
        <translation>Modifications du schéma : %1 → %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) moved on the canvas only</source>
        <translation>
            <numerusform>%n nœud déplacé sur le canevas uniquement</numerusform>
            <numerusform>%n nœuds déplacés sur le canevas uniquement</numerusform>
        </translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Nines</source>
        <translation>Nombre de 9</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>corrigé</translation>
    </message>
    <message>
        <source>Shell bundle files</source>
        <translation>Fichiers du paquet shell</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>usage: stackwright-cli COMMAND [OPTIONS] ...</source>
        <translation>usage : stackwright-cli COMMAND [OPTIONS] ...</translation>
    </message>
    <message>
        <source>       stackwright-cli COMMAND --help | --help | --version</source>
        <translation>       stackwright-cli COMMAND --help | --help | --version</translation>
    </message>
    <message>
        <source>commands:</source>
        <translation>commandes :</translation>
    </message>
    <message>
        <source>A file name - means standard input or output. Exit status: 0 success, 1 findings or a failure, 2 bad input.</source>
        <translation>Le nom de fichier - désigne l&apos;entrée ou la sortie standard. Code de sortie : 0 succès, 1 constats ou échec, 2 entrée invalide.</translation>
    </message>
    <message>
        <source>a %1 like %2</source>
        <translation>un %1 comme %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>a %1 link from %2 to %3</source>
        <translation>un lien %1 de %2 vers %3</translation>
    </message>
    <message>
        <source>the %1 link from %2 to %3</source>
        <translation>le lien %1 de %2 vers %3</translation>
    </message>
    <message>
        <source>%1 (yours: %2)</source>
        <translation>%1 (dans votre schéma : %2)</translation>
    </message>
    <message>
        <source>Compared with the model answer:</source>
        <translation>Par rapport au corrigé :</translation>
    </message>
    <message>
        <source>nothing missing</source>
        <translation>rien ne manque</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>manquant : %1</translation>
    </message>
    <message>
        <source>different (yours → the model answer&apos;s): %1</source>
        <translation>différent (votre schéma → le corrigé) : %1</translation>
    </message>
    <message>
        <source>not in the model answer: %1</source>
        <translation>absent du corrigé : %1</translation>
    </message>
    <message>
        <source>finding the model answer does not have: %1</source>
        <translation>constat absent du corrigé : %1</translation>
    </message>
    <message>
        <source>availability: yours %1, the model answer&apos;s %2</source>
        <translation>disponibilité : la vôtre %1, celle du corrigé %2</translation>
    </message>
    <message>
        <source>Each lab command answers --help (-h), e.g. stackwright-cli lab probe --help.</source>
        <translation>Chaque commande du laboratoire répond à --help (-h), par exemple stackwright-cli lab probe --help.</translation>
    </message>
    <message>
        <source>--%1 needs a number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 attend un nombre de %2 à %3, et non &quot;%4&quot;</translation>
    </message>
    <message>
        <source>Brings the design up as a lab: a network namespace per server, its bundle&apos;s script run inside it.</source>
        <translation>Démarre le schéma en laboratoire : un espace de noms réseau par serveur, le script de son paquet exécuté à l&apos;intérieur.</translation>
    </message>
    <message>
        <source>Every server of the running lab and its daemons, and who holds the virtual address.</source>
        <translation>Chaque serveur du laboratoire en cours et ses démons, et qui détient l&apos;adresse virtuelle.</translation>
    </message>
    <message>
        <source>also compare every file the bundle writes with the file on each server</source>
        <translation>comparer aussi chaque fichier écrit par le paquet avec le fichier sur chaque serveur</translation>
    </message>
    <message>
        <source>Requests from the users&apos; namespace to the design&apos;s domain, through its DNS record.</source>
        <translation>Requêtes depuis l&apos;espace de noms des utilisateurs vers le domaine du schéma, via son enregistrement DNS.</translation>
    </message>
    <message>
        <source>how many requests (default 10)</source>
        <translation>nombre de requêtes (10 par défaut)</translation>
    </message>
    <message>
        <source>milliseconds between requests</source>
        <translation>millisecondes entre deux requêtes</translation>
    </message>
    <message>
        <source>milliseconds one request may take</source>
        <translation>millisecondes que peut durer une requête</translation>
    </message>
    <message>
        <source>each request also writes a row</source>
        <translation>chaque requête écrit aussi une ligne</translation>
    </message>
    <message>
        <source>Stops the lab and removes every namespace, link, mount and process of it (also after a crash).</source>
        <translation>Arrête le laboratoire et retire chacun de ses espaces de noms, liens, montages et processus (aussi après un plantage).</translation>
    </message>
    <message>
        <source>Runs a command inside a node&apos;s namespaces: lab exec NODE -- COMMAND...</source>
        <translation>Exécute une commande dans les espaces de noms d&apos;un nœud : lab exec NODE -- COMMAND...</translation>
    </message>
    <message>
        <source>a server, &quot;users&quot; or a network firewall</source>
        <translation>un serveur, &quot;users&quot; ou un pare-feu réseau</translation>
    </message>
    <message>
        <source>After NODE: &quot;--&quot; and the command with its arguments, e.g. lab exec users -- curl https://www.foobar.com/</source>
        <translation>Après NODE : &quot;--&quot; puis la commande et ses arguments, par exemple lab exec users -- curl https://www.foobar.com/</translation>
    </message>
    <message>
        <source>Stops a server&apos;s daemons, as a crash would.</source>
        <translation>Arrête les démons d&apos;un serveur, comme le ferait une panne.</translation>
    </message>
    <message>
        <source>Starts a failed server&apos;s daemons again.</source>
        <translation>Redémarre les démons d&apos;un serveur en panne.</translation>
    </message>
    <message>
        <source>the server&apos;s node id or host name</source>
        <translation>l&apos;identifiant de nœud ou le nom d&apos;hôte du serveur</translation>
    </message>
    <message>
        <source>Writes reach a database that accepts them: yes</source>
        <translation>Les écritures atteignent une base de données qui les accepte : oui</translation>
    </message>
    <message>
        <source>Writes reach a database that accepts them: no</source>
        <translation>Les écritures atteignent une base de données qui les accepte : non</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>; without it, the extension of --output chooses</source>
        <translation> ; sans lui, l&apos;extension de --output choisit</translation>
    </message>
    <message>
        <source>pixels per scene unit (default 1)</source>
        <translation>pixels par unité de scène (1 par défaut)</translation>
    </message>
    <message>
        <source>resolution instead of --scale (96 = scale 1)</source>
        <translation>résolution à la place de --scale (96 = échelle 1)</translation>
    </message>
    <message>
        <source>a4 (default) or letter</source>
        <translation>a4 (par défaut) ou letter</translation>
    </message>
    <message>
        <source>auto (default): lay out with Graphviz only when a node has no position; always: every node; never: keep the positions, nodes without one are stacked in columns</source>
        <translation>auto (par défaut) : mise en page par Graphviz seulement quand un nœud n&apos;a pas de position ; always : tous les nœuds ; never : garder les positions, les nœuds sans position sont empilés en colonnes</translation>
    </message>
    <message>
        <source>--format %1: the extension of PATH chooses the kind of file (.%2; .%3 on standard output).</source>
        <translation>--format %1 : l&apos;extension de PATH choisit le type de fichier (.%2 ; .%3 sur la sortie standard).</translation>
    </message>
    <message>
        <source>export needs --format with one of: %1 (the extension of &quot;%2&quot; names none)</source>
        <translation>export demande --format avec l&apos;un de : %1 (l&apos;extension de &quot;%2&quot; n&apos;en désigne aucun)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; --format takes one of: %2</source>
        <translation>format inconnu &quot;%1&quot; ; --format accepte l&apos;un de : %2</translation>
    </message>
    <message>
        <source>--format %1 writes .%2 files; &quot;%3&quot; has none of these extensions</source>
        <translation>--format %1 écrit des fichiers .%2 ; &quot;%3&quot; n&apos;a aucune de ces extensions</translation>
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
        <translation>usage : stackwright-cli lab up FILE
        stackwright-cli lab status [--files] [--format text|json]
        stackwright-cli lab exec NODE -- COMMAND...
        stackwright-cli lab fail NODE | lab heal NODE
        stackwright-cli lab probe [--count N] [--interval MS] [--write] [--http] [--format text|json]
        stackwright-cli lab verify FILE [--format text|json] [--keep]
        stackwright-cli lab down
Le laboratoire exécute les serveurs du schéma dans des espaces de noms réseau sur cette machine (droits root requis).
</translation>
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
        <source>Predictions checked in the lab of &quot;%1&quot;: %2 rows in %3 s</source>
        <translation>Prédictions vérifiées dans le laboratoire de &quot;%1&quot; : %2 lignes en %3 s</translation>
    </message>
    <message>
        <source>SPOF</source>
        <translation>SPOF</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>lectures</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>écritures</translation>
    </message>
    <message>
        <source>lab reads</source>
        <translation>lectures (laboratoire)</translation>
    </message>
    <message>
        <source>lab writes</source>
        <translation>écritures (laboratoire)</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>concorde</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <source>(SPOF: the validator; reads and writes: the what-if analysis; lab: served once the failure had settled, requests served/sent)</source>
        <translation>(SPOF : le validateur ; lectures et écritures : la simulation de pannes ; laboratoire : servies une fois la panne stabilisée, requêtes servies/envoyées)</translation>
    </message>
    <message>
        <source>note on %1: %2</source>
        <translation>remarque sur %1 : %2</translation>
    </message>
    <message>
        <source>DISAGREES on %1: %2</source>
        <translation>DÉSACCORD sur %1 : %2</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>Every prediction agrees with the lab.</source>
        <translation>Toutes les prédictions concordent avec le laboratoire.</translation>
    </message>
    <message>
        <source>Some predictions disagree with the lab.</source>
        <translation>Certaines prédictions ne concordent pas avec le laboratoire.</translation>
    </message>
    <message>
        <source>Fails every failure candidate of the design in the lab, one at a time, probes reads and writes, heals it, and compares with the validator&apos;s and the what-if analysis&apos;s predictions.</source>
        <translation>Met en panne chaque candidat à la panne du schéma dans le laboratoire, un à la fois, sonde les lectures et les écritures, le rétablit, et compare avec les prédictions du validateur et de la simulation de pannes.</translation>
    </message>
    <message>
        <source>leave the lab running when verify brought it up</source>
        <translation>laisser le laboratoire en marche quand verify l&apos;a démarré</translation>
    </message>
    <message>
        <source>Uses the running lab when it runs this design; otherwise brings it up and down again. Exit 0 when every row agrees, 1 when one does not, 2 on bad input.</source>
        <translation>Utilise le laboratoire en cours d&apos;exécution s&apos;il exécute ce schéma ; sinon, le démarre puis l&apos;arrête. Code de sortie 0 quand chaque ligne concorde, 1 quand l&apos;une ne concorde pas, 2 en cas d&apos;entrée invalide.</translation>
    </message>
    <message>
        <source>  sudo stackwright-cli lab verify %1</source>
        <translation>  sudo stackwright-cli lab verify %1</translation>
    </message>
    <message>
        <source>plain http:// (without it: as the design&apos;s internet links say, https:// when one is HTTPS)</source>
        <translation>http:// simple (sans cette option : selon les liens du schéma depuis internet, https:// si l&apos;un d&apos;eux est en HTTPS)</translation>
    </message>
</context>
</TS>
