<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>Design web infrastructure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A design to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: show the design at PERCENT (centred) instead of fitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the high-contrast look for projectors (View &gt; High-Contrast Look).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::Activity</name>
    <message>
        <source>activity, field &quot;%1&quot;: expected an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity, field &quot;profile&quot;: a profile name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design &quot;%1&quot; is not an activity (it has no &quot;activity&quot; field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity, field &quot;profile&quot;: unknown profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity, field &quot;locked&quot;: unknown node id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; stays as the teacher set it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot; was changed, but it is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot; was removed, but it is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put node &quot;%1&quot; back as it was in the activity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ActivityDialog</name>
    <message>
        <source>Save as Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One hint per line, shown to the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked nodes
(students cannot change them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hints:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ActivityPanel</name>
    <message>
        <source>%p % complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher mode (locked nodes can be changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That node is locked by the activity: the change was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A teacher can turn this design into an activity with File &gt; Save as Activity...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity: reach the &quot;%1&quot; profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 requirements met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (This build has no validator.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::Analysis</name>
    <message>
        <source>Entry / load balancers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::AnalysisFeature</name>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analysis Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What-if Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark nodes as failed and see what still works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen with large captions; arrow keys step the request flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Acti&amp;vity...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail Selected Nodes (What-if)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring &quot;%1&quot; back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail Selected Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave What-if Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stackwright designs (*.stackwright *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the activity to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::AnalysisPanel</name>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight the bottleneck on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:20pt; font-weight:600&apos;&gt;%1&lt;/span&gt;&amp;nbsp;&amp;nbsp;%2 nines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Expected downtime: %1 per month, %2 per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b style=&apos;color:#c62828&apos;&gt;No request path from the users to a database.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed with the O(V+E) approximation (the design is too large for the exact method).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed exactly from the request paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;After every quick fix&quot;: %n quick fix(es) of the validator applied to a copy of the design.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Load %1 req/s (the users&apos; &quot;load&quot;); the %2 tier is the bottleneck at %3 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No load reaches the servers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::ArrangeController</name>
    <message>
        <source>&amp;Arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay out the whole design with Graphviz (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange &amp;New Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place only the nodes that have no position yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the design...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange New Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange new nodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::AvailabilityChart</name>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability per tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After every quick fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability per tier, before and after every quick fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::Bundle</name>
    <message>
        <source>SHA-256 checksum of the Sumo Logic collector package the servers download; a download that differs is refused (a design pins it in props.collector_sha256 of a monitoring agent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty and was not written by Stackwright: choose an empty or new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the new bundle to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot;, field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; has no virtual address (field &quot;vip&quot;): keepalived is not set up for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keepalived&apos;s unicast VRRP between the members of cluster &quot;%1&quot; needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: the app server has no codebase on its server &quot;%2&quot; to check out and run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: server &quot;%2&quot; already runs database &quot;%3&quot;; the bundles set up one database server per server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database users and replication are granted per address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a replica needs the primary it follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; needs the address ufw allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a user name the bundle can log in with (lower-case letters, digits, _ and -, starting with a letter or _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another server already has the hostname &quot;%2&quot;; each server of a bundle needs its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; cannot be cloned safely: give an https://, ssh://, git:// or user@host:path address on one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a branch name git accepts (no spaces, line breaks, ~ ^ : ? * [ \, &quot;..&quot;, nor a leading -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the deploy bundles run Python apps with gunicorn; mod_wsgi is not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: server &quot;%2&quot; has no address (field &quot;address&quot;), but %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network firewall &quot;%1&quot; is not configured by this bundle; allow on it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interface keepalived announces the virtual address on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WSGI application gunicorn runs (module:callable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the database user &quot;app&quot; the application connects with (12 or more of A-Z a-z 0-9 . _ + = -).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the database user &quot;replication&quot; replicas connect to the primary with (12 or more of A-Z a-z 0-9 . _ + = -).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address Let&apos;s Encrypt sends expiry notices to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sumo Logic access id the collectors register with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sumo Logic access key the collectors register with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::BundleExportActions</name>
    <message>
        <source>Shell scripts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one idempotent provisioning script per server and a deploy.sh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansible project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an Ansible inventory, site.yml and one role per concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no design to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export shell scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Ansible project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the deploy bundle to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::CanvasEditor</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 on a new server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 runs on a server: added a new server &quot;%2&quot; for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already connected to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected %1 to %2 with %3 %4 (change it in the properties panel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service must be inside a server: drop it onto a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where does %1 go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onto a new server here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back where it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 must be inside a server: put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 onto a new server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::CanvasView</name>
    <message>
        <source>Design canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag nodes to move them, drag from a node&apos;s blue handle to connect it, arrow keys move the selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::CapacityChart</name>
    <message>
        <source>Utilization (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity: utilization per tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization at %1 req/s; bottleneck: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization per tier (no load)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::Check</name>
    <message>
        <source>node &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name (letters, digits and inner hyphens, at most 63)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a node id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of node ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of &quot;PORT/PROTO&quot; or &quot;PORT/PROTO from ID&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;PORT/PROTO&quot; or &quot;PORT/PROTO from ID&quot; (PROTO is tcp or udp, PORT 1 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;name&quot;: must have 1 to 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;label&quot;: at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;props.%2&quot;: required for a %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;props.%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;props.%2&quot;: no node has the id &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;props.%2&quot;: &quot;%3&quot; is a %4, expected %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;props.%2&quot;: a node cannot refer to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;props.members&quot;: a cluster needs at least one member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;parent&quot;: a %2 must be inside a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;parent&quot;: no node has the id &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;parent&quot;: a %2 cannot be inside anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;parent&quot;: &quot;%2&quot; is a %3, a %4 cannot be inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;parent&quot;: the parents form a cycle (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> inside </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;from&quot;: no node has the id &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;to&quot;: no node has the id &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;to&quot;: a link must join two different nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;port&quot;: %2 is out of range (1 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::Clipboard</name>
    <message>
        <source>The clipboard does not hold Stackwright nodes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::Commands</name>
    <message>
        <source>Rename design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch rules off or on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change design settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Take %1 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::Deploy</name>
    <message>
        <source>&quot;%1&quot; is not a server of the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &quot;%1&quot; has no address: set its &quot;address&quot; property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design has no server to deploy to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a shell bundle of Stackwright (servers/order.txt cannot be read: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: expected &quot;SCRIPT&lt;TAB&gt;host&lt;TAB&gt;user&lt;TAB&gt;port&lt;TAB&gt;node id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle %1 lacks servers/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle %1 has no script for server &quot;%2&quot; (export it again from this design)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the host key of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3); it was not accepted, so nothing was sent. Compare the fingerprint with the server&apos;s (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) before accepting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key of %1 has CHANGED (it is now %2 %3): someone may be intercepting the connection, or the server was reinstalled. Refused. If the change is expected, remove its old line from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key of %1 has CHANGED: %4 knows a key of another type for this server, but it now presents %2 %3. Refused. If the change is expected, remove its old line from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check the host key of %1 against %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the known hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the host key to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open a channel on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a command on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot send to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 broke: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command on %1 ended without an exit status (killed by a signal?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemctl gave no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1/tcp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing listens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ufw is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the firewall (sudo wants a password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ufw status failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active (ufw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firewall rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added the host key %1 %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticated as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the remote system is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (no /etc/os-release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server runs %1 but the design says %2: fix the server&apos;s &quot;os&quot; property, the bundle targets that system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no script for server &quot;%1&quot; in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploaded the bundle to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bash -n found syntax errors (see the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n script(s) parse, the system matches; nothing was changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>running %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled; the remote script was stopped; its files stay in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 s; the remote script was stopped; its files stay in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script failed with exit status %1; its files stay in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script ran to its end (exit status 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs: %1: expected %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from the design</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>stopped the remote script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start SFTP on %1 (is the sftp subsystem enabled?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a folder in /tmp on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the key %1: wrong passphrase or not a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the key %1: not a private key, or it needs a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the key %2 (permission denied): is its public half in the user&apos;s authorized_keys?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the key %2 but wants a second factor, which is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication with the key %1 on %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password was given for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password authentication on %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication on %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted none of the keys of the ssh agent or of ~/.ssh: give a key file, or load the right key into the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create an ssh session (out of memory?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &quot;%1&quot; has no address to connect to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &quot;%1&quot; has no ssh user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::DeployDialog</name>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: connect, upload, check the scripts, change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy: run each server&apos;s script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check: compare the running servers with the design (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ssh agent, then ~/.ssh keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated from the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many servers of one tier are deployed at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on with the next servers after a failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a known-hosts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known &amp;hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy a shell bundle folder exported earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell bundle folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parallel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked against the design only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build cannot generate shell bundles: choose a bundle folder exported earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set in Stackwright&apos;s environment (the scripts may ask for them): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running the %1 on %n server(s)...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: stopping the remote commands...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 (%2) presents a host key that is not known yet:

%3 %4

Trust it only if it is the server&apos;s real key (on the server: ssh-keygen -lf /etc/ssh/ssh_host_%5_key.pub). Trust and remember it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the design&apos;s deploy scripts on its servers over ssh, dry-run them, or check the servers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::DeployEngine</name>
    <message>
        <source>cancelled before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started: an earlier server failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::DeployLogView</name>
    <message>
        <source>The summary appears here when the run ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::DeployServerTable</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to leave this server out of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the design: %1. Double-click to use another value for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private key for this server only (empty: the dialog&apos;s key file, or the ssh agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::DesignFile</name>
    <message>
        <source>cannot open it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::DocumentController</name>
    <message>
        <source>Stackwright designs (*.stackwright *.json);;Stackwright file (*.stackwright);;JSON design (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — %2 — Stackwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the recovery file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stackwright was closed without saving changes (autosaved %1). Recover them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::EditActions</name>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard does not hold Stackwright nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) match &quot;%1&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ExportOptionsDialog</name>
    <message>
        <source>Export options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the selected items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spec stage this design is checked against (saved with the design)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the quick fix (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off for this design...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reporting this rule for this design; the reason is saved with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules switched off for this design:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch back &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: the design follows every rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n hidden by switched-off rules)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n finding(s) hidden)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a finding to see why it matters and how to fix it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is &quot;%1&quot; not a problem for this design?
The reason is saved with the design.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::FlowPanel</name>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step back (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step forward (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Press play or step forward to follow one request through the stack.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::GraphvizLayout</name>
    <message>
        <source>Graphviz could not create a graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not lay out the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running Graphviz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placing the nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::JsonFormat</name>
    <message>
        <source>%1: field &quot;%2&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: must be a string, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an object, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;id&quot;: &quot;%2&quot; must start with a letter and hold at most 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; (kind-specific values go in &quot;props&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;kind&quot;: unknown kind &quot;%2&quot; (one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is missing (give both x and y, or neither)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;x&quot;: must be a number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;y&quot;: must be a number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;props&quot;: must be an object, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;props.%2&quot;: must be a string, a number, a boolean or an array of strings, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;protocol&quot;: unknown protocol &quot;%2&quot; (one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;port&quot;: must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;port&quot;: %2 is out of range (1 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;suppressions&quot;: must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppression #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;format&quot; is missing (expected &quot;stackwright-design&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;format&quot;: expected &quot;stackwright-design&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;version&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;version&quot;: must be a whole number, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;version&quot;: this file was made by a newer Stackwright (format version %1; this one reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown top-level field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;profile&quot;: unknown profile &quot;%1&quot; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;nodes&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;nodes&quot;: must be an array, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;links&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;links&quot;: must be an array, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;id&quot;: the id is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;id&quot;: the id is used twice (a node has it too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;id&quot;: the id is used twice (by another link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: no node has the id &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;to&quot;: a link must join two different nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;label&quot;: at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>broken JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::Kinds</name>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of time this element works (0.999 = three nines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where users&apos; requests come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected load (req/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second the users send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name that points users at the entry of the stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name, e.g. www.foobar.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node the record resolves to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS certificate that lets a service speak HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the certificate is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signs the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services that present it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One machine, virtual machine or container that runs services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine&apos;s name (letters, digits and hyphens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IP address to reach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system the deploy scripts target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account used to deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the SSH server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity (req/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second this server can handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreads requests over the servers behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load balancer program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the next backend is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether it decrypts HTTPS or passes it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves static files and forwards dynamic requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web server program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether it serves HTTPS itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the application code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WSGI server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the Python code is served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port the application listens on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s source code, checked out on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL of the Git repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch to check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the application&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A primary accepts writes; a replica follows a primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicates from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary this replica follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collects logs and metrics of its server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitoring service that receives the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets through only the traffic it allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ports: PORT/PROTO or PORT/PROTO from ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A monitoring system outside the stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where agents send their data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancers or servers that act as one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load balancers or servers of the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One member works and the other waits, or both work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address that moves to whichever member is alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network segment drawn as a box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the zone is trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect HTTP to HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 80 answers with a redirect to the HTTPS address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::MainWindow</name>
    <message>
        <source>Zoom level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to &amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High-Contrast Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus &amp;Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find nodes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::Minimap</name>
    <message>
        <source>Minimap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole design: click or drag to move the view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::NativeDocument</name>
    <message>
        <source>cannot write it: simulated failure during the save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::NodePainter</name>
    <message>
        <source>TLS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port 443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port 80</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::PaletteWidget</name>
    <message>
        <source>Search kinds… (Enter adds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a kind onto the canvas, or press Enter to add it at the centre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::PdfExporter</name>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::PictureExportActions</name>
    <message>
        <source>&amp;PNG Image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SVG Image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;DF Document...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Graphviz DOT...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report (HTML or PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selection (or the whole design) to the clipboard as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no design to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz files (*.dot *.gv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::PictureExporter</name>
    <message>
        <source>no output path given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selection names unknown ids: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::PngExporter</name>
    <message>
        <source>the picture is too large to create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::PresentationMode</name>
    <message>
        <source>%1 / %2   %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right arrow: next step   Left arrow: back   Space: play   Esc: leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n items selected&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1 (%2 kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Design&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a design name has 1 to 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spec profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label has at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 443/tcp, 3306/tcp from app-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ids, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Link&lt;/b&gt; &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;%1 → %2&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::Report</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record for %2, pointing at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1, issued by %2, installed on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, virtual address %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, collecting at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network firewall allowing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 network zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings of the validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validator is not part of this build; no findings were checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked against the profile %1: %2 error(s), %3 warning(s), %4 note(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: the design passes every rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report describes the design %1%2: %3 server(s) running %4 service(s), joined by %5 link(s)%6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (profile %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, serving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the selected part of the design is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a request travels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens when a user types %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers, what runs on them and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is there:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the design looks like this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> over %1 (port %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request reaches the cluster %1 at its virtual address %2%3. Whichever member is alive takes it: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load balancer %1 (%2, %3) receives it%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, decrypts the HTTPS traffic with the site&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and picks a web server to forward it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web server %1 (%2) receives it%3; it answers static files itself and passes dynamic requests on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application server %1 (%2 with %3) runs the code for the request%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 (%2, %3) reads or writes the data%4 and sends the answer back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network firewall %1 lets it through%2 (it only allows %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It passes %1 (%2)%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no request path from the internet to a database in this design: no chain of links leads from an internet node through the services to a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user types %1 in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser asks DNS for %1; the %2 record answers with the address of %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser asks DNS for %1 and gets the address of the site&apos;s entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user opens the site in the browser (the design has no DNS record, so it has no domain yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request leaves the user&apos;s network (%1)%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer travels back the same way to the user&apos;s browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allows %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing runs on it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It spreads the incoming requests over the web servers, so no single web server carries all the traffic and one can fail without taking the site down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is one member of a load balancer cluster: if this machine fails, the other member takes over the virtual address and the site stays up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds several tiers together (web, application, database): simple and cheap to start with, but they compete for CPU and memory, cannot be scaled apart, and one failure stops them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It answers HTTP with the web server on a machine of its own: static content is served fast and the web tier can be scaled (more web servers) without touching the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It runs the application code on a machine of its own, sized for the code&apos;s CPU and memory needs, and can be updated or scaled without touching the web or database servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It keeps the data on a machine of its own: its disks and memory serve the database only, and it is not reachable from the internet, only from the application servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its database is a replica: it copies the primary&apos;s writes, can answer reads and can take over if the primary is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its database is the primary: it is the one that accepts writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its host firewall only opens the ports the design needs; everything else is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its monitoring agent reports its health, load and logs, so problems are seen before users notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the web server, the application and the database have servers of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Isolation and resource allocation:&lt;/b&gt; each tier gets the CPU, memory and disk it needs without competing with the others. &lt;b&gt;Scalability:&lt;/b&gt; each tier can grow on its own, for example more web servers for more traffic. &lt;b&gt;Maintenance:&lt;/b&gt; one tier can be updated without stopping the others. &lt;b&gt;Security:&lt;/b&gt; the database is not on a machine the internet talks to, so breaking into the web server does not hand over the data. &lt;b&gt;Fault isolation:&lt;/b&gt; when one component fails, the damage stays with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why two load balancers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single load balancer would be a single point of failure: every request passes it. Two load balancers in a cluster share a virtual address; when one fails the other takes the traffic, and with more servers behind them the work of distributing requests is shared too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It lets several servers answer the same site: it distributes requests among them and stops sending requests to a server that does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why more servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More servers lessen the traffic each one has to carry, and leave others to keep the site running when one of them fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why firewalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall only lets through the traffic the design needs (for example HTTPS to the load balancers, port 3306 from the application servers to the database) and refuses everything else, so a mistake or an attacker cannot reach a service that should stay private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents on the servers send metrics and logs to the monitoring service (for example Sumo Logic), so the team sees load, errors and a failing server before the users do, and can tell how many queries per second the site serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an SSL/TLS certificate for the domain, traffic between the browser and the site is encrypted and the browser can check it talks to the real site, so passwords and data cannot be read or changed on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members of a cluster act as one: clients use the cluster&apos;s virtual address and whichever member is alive answers, so one member can fail without the others noticing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::RequestFlow</name>
    <message>
        <source>the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user (%1) opens %2 in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request gets through: every path from the users to a database goes through a failed node (or the design has no such path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response travels back the same way (%1) and the browser shows the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name resolution: the design has no DNS record, so users must know the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name resolution: the browser asks DNS for %1. The %2 record answers %3, the address of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>least connections (the backend with the fewest open connections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source hashing (the same user always gets the same backend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round robin (each backend in turn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no address set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRRP failover: %1 is down, so the virtual address %2 of %3 moved to %4, which answers the request now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request goes to the virtual address %1 of %2. Both members answer (active-active); this time %3 does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request goes to the virtual address %1 of %2. The active member, %3, holds that address; the others stand by and take it over through VRRP if it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firewall %1 checks the packet: only what it allows (%2) gets through to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 terminates TLS: it decrypts HTTPS with the certificate for %3. Then it picks a web server by %4: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 passes the encrypted HTTPS stream on unopened (TLS passthrough) and picks a backend by %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 forwards the request as it is and picks a backend by %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) on %3 serves static files itself and, as a reverse proxy, forwards the dynamic request to %4 on port %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS termination: %1 decrypts HTTPS itself. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 runs the Python code%3 through %4 and sends an SQL query to %5 on port %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) on %3 runs the SQL query and returns the rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 passes the request on to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication: %1 is the primary and sends every write to the replica %2 on %3, which keeps a copy ready to take over or to serve reads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::Rules</name>
    <message>
        <source>Load balancer cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (replica)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple web stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one server with web server, app server, codebase and database; a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed web infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a load balancer in front of two or more servers that each run web + app + codebase; primary and replica databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secured and monitored web infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distributed, plus a firewall on every server, HTTPS with a certificate, a monitoring agent on every server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cluster of two load balancers; web server, app server and database each on its own server; one codebase; HTTPS; monitoring; the domain www.foobar.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single point of failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this one machine stops (a crash, a disk failure, a reboot for updates) no request can reach the data any more and the whole site is down. Having a second server that can take over means one failure does not stop the site: fault isolation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a second server that does the same job and link it like the first one (or put both in a cluster), so that a request always has another way to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry does not serve HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without HTTPS everything users send (passwords, cookies, personal data) crosses the internet in clear text, anyone on the way can read or change it, and browsers mark the site as not secure. The certificate must be for the site&apos;s own domain, or browsers refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an SSL certificate for the design&apos;s domain, install it on the service that users reach first (load balancer or web server), switch that service&apos;s TLS on and make the users&apos; link HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server without a firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server without a firewall answers on every port it happens to listen on, so one forgotten service is enough for an attacker to get in. A firewall lets through only the traffic the design needs and reduces the attack surface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a firewall inside the server that allows only the ports its incoming links use, from the machines that send them (or put a network firewall on every path to it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server not monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without monitoring you learn that a server is overloaded, out of disk or down when users complain. An agent that sends logs and metrics to a monitoring service (Sumo Logic in the spec) shows problems early and tells you what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a monitoring agent to the server and set it to report to a monitoring service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer not clustered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request goes through the load balancer, so a single one is a single point of failure however many servers stand behind it. A second load balancer in a cluster with a virtual address takes over when the first fails and can share the work of distributing traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a second load balancer on another server and group both in a cluster with a virtual address; point the users&apos; link and the DNS record at the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers share a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web server, application server and database have different needs. On separate servers each gets its own CPU, memory and disk (isolation and resource allocation), can be scaled, updated and tuned on its own, a break-in into the web server does not give away the database, and a failure of one does not take the others down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the database (or the application server) onto a server of its own and link the tiers across servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One database and no replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All data lives in one database that accepts every write. If it fails the data is unavailable and may be lost since the last backup, and every read and write competes for the same machine. A replica keeps a live copy, can serve reads and can become the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a replica database on another server that replicates from the primary, and let the application servers read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database reachable without the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests can reach the database without passing an application server, so nothing checks what they ask for. The database should only be reachable from the application that owns the data: separating it from the public-facing servers reduces the attack surface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the links that reach the database from the internet, a load balancer or a web server; only application servers should link to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS ends at the load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load balancer decrypts HTTPS and sends the requests on in clear text. Anyone who can listen inside the network (another tenant, a compromised machine) reads passwords and cookies there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the traffic behind the load balancer too (HTTPS links to web servers with TLS on), or pass TLS through to the web servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DNS record for the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users type a name such as www.foobar.com, not an address. Without a DNS record that points at the entry of the stack nobody finds the site, and no certificate can be checked against the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a DNS record with the site&apos;s domain and set its target to the entry (the load balancer cluster, the load balancer or the web server that users reach).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request reaches a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web stack exists to answer users&apos; requests with data. Following the links from the internet no request arrives at a database, so the site cannot work as drawn (a link is missing or points the wrong way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the internet to the entry, the entry to the web servers, the web servers to the application servers and those to the database, in the direction of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster without a virtual address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and DNS reach a cluster through its virtual address, which moves to whichever member is alive. Without one, requests go to a member&apos;s own address and stop when that member fails: the cluster gives no protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the cluster a free virtual IP address in the members&apos; network and point the DNS record at the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active-passive cluster with several active members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In active-passive mode one member works and the other waits to take over. When requests or DNS records go straight to several members, they all work at once: the passive member is not in reserve, and its configuration (sessions, health checks) was not made for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send requests and DNS to the cluster&apos;s virtual address only, or switch the cluster to active-active mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate missing on a cluster member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any member of a cluster may answer. A member that terminates no TLS or has no certificate breaks HTTPS for everyone the moment it takes over, which is exactly when the cluster was supposed to save the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the same certificate on every member of the cluster and give every member the same TLS setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall blocks a link of the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall lets through only what it allows. A link whose port (or sender) it does not allow is dropped, so that part of the stack does not work once deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the link&apos;s port on the firewall, from the machine that sends it (&quot;PORT/tcp from ID&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall opens a port no link uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every open port is a door an attacker can try. A port that no link of the design needs only adds to the attack surface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rule from the firewall, or draw the link that needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database port open to everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database port open to any address lets the whole internet try passwords and exploits on the database directly. It should accept connections only from the application servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the rule by rules that allow the database port only from the application servers (&quot;3306/tcp from app-1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH open to the world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH gives full control of a server. Open to every address it is probed for weak passwords within minutes of going online. The operator&apos;s access is implied by the design; nothing else should open it to everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rule that opens SSH to everyone (or allow it only from a bastion host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 80 without a redirect to HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who type the address without https:// arrive on port 80. If the entry answers there with the site instead of redirecting to HTTPS, their session travels in clear text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve HTTPS on the entry and redirect port 80 to 443 (set the entry service&apos;s property &quot;http_redirect&quot; to true), or close port 80.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica without a primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replica copies every change from its primary. Without a primary to follow it never receives changes and serves stale or empty data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the replica&apos;s &quot;replicates from&quot; to the primary database, or make it a primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several primary databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two databases that both accept writes for the same application drift apart: each has changes the other lacks, and the application sees different data depending on where it writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one primary and make the other databases replicas that replicate from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application servers run different code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load balancer sends each request to any application server. If they run different repositories or branches, users get different behaviour from one request to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the same repository and branch on every application server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application server without a codebase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application server runs the application&apos;s code. Without a codebase on its server there is nothing to run, and the deploy cannot know what to check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a codebase (repository and branch) to the application server&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web server with no application server behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web server serves static files and forwards dynamic requests to an application server. With none behind it every dynamic page fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the web server to an application server (HTTP to the app server&apos;s port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple web stack: one server runs the whole stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first stage of the spec is a LAMP stack on one server: web server, application server, codebase and database together, the simplest thing that works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a web server, an application server, a codebase and a database in one server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has the domain the profile asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site is known by its domain name; the spec&apos;s design uses www.foobar.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a DNS record with the domain the profile asks for and point it at the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed: a load balancer in front of two or more full servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distributed stage adds servers to lessen the traffic each one carries and to have a backup when one fails; a load balancer spreads the requests over them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a load balancer in front and link it to two or more servers that each run a web server, an application server and a codebase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed: a primary database and a replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With several servers the data needs a copy too: a replica follows the primary so that reads can be spread and the data survives the loss of one database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a replica database that replicates from the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale up: a cluster of two load balancers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spec adds a second load balancer that works in a cluster with the first, so that the entry has no single point of failure and distributing traffic stays efficient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group two load balancers on two different servers in a cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale up: web, application and database each on its own server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spec separates the database, application and web server into their own machines for isolation, scalability, maintenance, security, performance and fault isolation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the web server, the application server and the database a server each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale up: one codebase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spec&apos;s design runs one codebase: every server that runs the application runs the same code from the same repository and branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a codebase to the application server, with the same repository and branch everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 info(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 more from rules switched off for this design)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica &quot;%1&quot; does not say which primary it replicates from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica &quot;%1&quot; replicates from &quot;%2&quot;, which is not a primary database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &quot;%1&quot; is the only one and no replica follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 databases accept writes: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; has no firewall, and requests reach it without passing a network firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; has no firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall &quot;%1&quot; does not allow port %2/%3 from &quot;%4&quot;, which the %5 link from &quot;%6&quot; to &quot;%7&quot; needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall &quot;%1&quot; allows %2, but no link of the design uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall &quot;%1&quot; allows the database port to everyone (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall &quot;%1&quot; opens SSH to everyone (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The internet has an SSH link to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has no internet node, so no request comes in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has no database, so requests have no data to reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following the links from the internet, no request reaches a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If server &quot;%1&quot; fails, no request from the internet reaches a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If firewall &quot;%1&quot; fails, no request from the internet reaches a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &quot;%1&quot; can be reached from the internet without passing an application server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web server &quot;%1&quot; forwards requests to no application server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server runs a web server, an application server, a codebase and a database together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has no DNS record for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design&apos;s domain is %1, the profile asks for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has no domain: add a DNS record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has no load balancer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No load balancer sends requests to two or more servers that each run a web server, an application server and a codebase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has no primary database with a replica that follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has no cluster of two load balancers on different servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These tiers have no server of their own: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has no codebase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has %1 different codebases (repository and branch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitoring agent on server &quot;%1&quot; reports to no monitoring service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; has no monitoring agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; runs these tiers together: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer &quot;%1&quot; is not in a cluster with a second load balancer on another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; has no virtual address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; is active-passive, but requests go straight to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application server &quot;%1&quot; has no codebase on its server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application servers run different code: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users reach &quot;%1&quot; over plain HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service behind &quot;%1&quot; terminates TLS: its HTTPS link ends nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate is installed on the service that terminates TLS for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate for %1 is installed on the service that terminates TLS for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer &quot;%1&quot; decrypts HTTPS and sends the requests on in plain HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has no DNS record, so users cannot find the site by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DNS record points at the entry &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; serves the site on port 80 as well as HTTPS, without redirecting to HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In cluster &quot;%1&quot;, &quot;%2&quot; does not terminate TLS with the certificate for %3 that the other members present.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::SqliteStore</name>
    <message>
        <source>the file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a Stackwright file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty, it is not a Stackwright design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Stackwright file: it is not an SQLite database (it looks like JSON: give it the .json extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Stackwright file: it is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: its header is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Stackwright file: it is an SQLite database of another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Stackwright file: its SQLite application id is %1, Stackwright&apos;s is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an interrupted save left it unfinished and it cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file was made by a newer Stackwright (file schema version %1; this one reads up to version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: its schema version is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated failure while storing the nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated failure while writing the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot;, field &quot;props&quot;: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot;, field &quot;props.%2&quot;: must be a string, a number, a boolean or an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no migration from schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot upgrade it from schema version %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: it holds no design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;profile&quot;: unknown profile &quot;%1&quot; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: its extensions are not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown top-level field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node #%1, field &quot;id&quot;: &quot;%2&quot; is not a valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;kind&quot;: unknown kind &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;id&quot;: the id is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: property &quot;%1&quot; belongs to no node (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;props.%2&quot;: the stored value is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link #%1, field &quot;id&quot;: &quot;%2&quot; is not a valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;protocol&quot;: unknown protocol &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;port&quot;: %2 is out of range (1 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::SvgExporter</name>
    <message>
        <source>Made with Stackwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG could not be generated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::Templates</name>
    <message>
        <source>no built-in template is called &quot;%1&quot; (there are: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in template &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::WhatIf</name>
    <message>
        <source>&quot;%1&quot; is a link: only nodes can fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown node id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is not inside a server, so it cannot fail on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot; (%2) cannot fail: only servers, network firewalls, services and cluster members are failure candidates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::WhatIfPanel</name>
    <message>
        <source>What-if mode: mark nodes as failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While on, failed nodes are greyed out and the surviving request paths are drawn. The design itself never changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a node to bring it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed nodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the servers, services or firewalls to fail first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch what-if mode on, then fail nodes with &quot;Fail selected&quot; or the canvas&apos;s context menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b style=&apos;color:#2e7d32&apos;&gt;Requests still get through.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b style=&apos;color:#c62828&apos;&gt;No request gets through.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Users still served: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Users who cannot be served: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Availability with these failures: &lt;b&gt;%1&lt;/b&gt; (normally %2)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::cli</name>
    <message>
        <source>new --template NAME --output FILE   a design from a built-in template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert IN OUT                      JSON to .stackwright and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info FILE                           a one-screen summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate FILE [--profile P] [--format text|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules [--format json]               the rule catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export FILE --format F --output PATH  png|svg|pdf|dot|report|shell|ansible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy FILE [--dry-run|--check] [--host ID]... [--identity KEY] [--known-hosts FILE] [--jobs N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyse FILE [--fail ID]... [--format text|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade ACTIVITY SUBMISSION [--format text|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: stackwright-cli COMMAND ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests reach a database: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests reach a database: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability: %1 (%2 nines, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected downtime: %1 per month, %2 per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users still served: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users not served: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load: %1 req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottleneck: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: stackwright-cli analyse FILE [--fail ID]... [--format text|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --format must be text or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --fail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: stackwright-cli convert IN OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Converts between the JSON format (.json) and the native file (.stackwright), by extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the output must end in .json or .stackwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: IN and OUT are the same file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 nodes, %3 links).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: stackwright-cli deploy FILE [--dry-run|--check] [--host ID]... [--identity KEY]
                              [--known-hosts FILE] [--jobs N] [--user USER]
                              [--yes-new-host-keys] [--continue] [--timeout SECONDS]
                              [--connect-timeout SECONDS] [--bundle DIR]
  --dry-run            connect, upload, bash -n every script, compare the OS; change nothing
  --check              read-only: compare services, ports and firewall with the design
  --host ID            only this server (repeatable)
  --identity KEY       private key file (default: the ssh agent, then ~/.ssh keys)
  --known-hosts FILE   known-hosts file (default: ~/.ssh/known_hosts)
  --jobs N             servers of one tier deployed at the same time (default 4)
  --user USER          ssh user for every server instead of the design&apos;s ssh_user
  --yes-new-host-keys  trust unknown host keys (a changed key is always refused)
  --continue           go on with the next servers after a failure
  --bundle DIR         deploy this shell bundle instead of generating one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jobs must be a number from 1 to 64, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connect-timeout must be a number of seconds from 1 to 600, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (one design file only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no design file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dry-run and --check cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build has no shell bundle exporter (swbundle); give a bundle with --bundle DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1; checking against the design only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is not known:
  %3 %4
Trust it and remember it (yes/no)? </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelling: stopping the remote commands...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2: %n server(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>error: nothing to deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: a host key was refused; see above (use --yes-new-host-keys or answer yes to trust a new server; never for a changed key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: export needs --format with one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: stackwright-cli export FILE --format shell|ansible --output DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be shell or ansible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: stackwright-cli export FILE --format png|svg|pdf|dot|report --output PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --scale S            PNG: pixels per scene unit (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --dpi N              PNG: resolution instead of --scale (96 = scale 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --background B       white (default) or transparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --paper P            PDF and PDF report: a4 (default) or letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --select ID[,ID...]  export only these nodes (and what they contain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  A report is HTML or PDF, chosen by the extension of PATH (.html or .pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design FILE is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output PATH is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale must be a number from 0.05 to 20, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi must be a whole number from 10 to 2400, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--background must be white or transparent, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper must be a4 or letter, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a report is written as .html or .pdf; &quot;%1&quot; has neither extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (png, svg, pdf, dot or report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the design is too large for the scale asked; the picture was scaled down to %1 x %2 pixels (scale %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: stackwright-cli grade ACTIVITY SUBMISSION [--format text|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 / 100 (%2 of %3 requirements of &quot;%4&quot; met)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  note: this build has no validator; only locked nodes were checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: stackwright-cli info FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  A one-screen summary: name, profile, counts by kind, each server and what runs on it, links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stackwright (SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing runs on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster:  %1 = %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: stackwright-cli new --template NAME --output FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Writes a design from a built-in template; FILE ends in .json or .stackwright.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Templates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--template NAME is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output FILE is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 from template &quot;%2&quot; (%3 nodes, %4 links).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unexpected &quot;%1&quot; (rules [--format json])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --format must be text, json or markdown, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown option &quot;%1&quot; (validate FILE [--profile P] [--format text|json])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: validate takes one file, &quot;%1&quot; is a second one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: validate needs a file (validate FILE [--profile P] [--format text|json])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown profile &quot;%1&quot; (one of: %2, or none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
