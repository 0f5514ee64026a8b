<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>sw</name>
    <message>
        <source>cannot open it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write it: %1</source>
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
        <source>%1, field &quot;parent&quot;: the parents form a cycle</source>
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
</context>
<context>
    <name>sw::MainWindow</name>
    <message>
        <source>Stackwright</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sw::Reader</name>
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
</context>
<context>
    <name>sw::SqliteStore</name>
    <message>
        <source>the native format is not available in this build</source>
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
    <name>sw::cli</name>
    <message>
        <source>error: &quot;%1&quot; is not available in this build yet</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
</TS>
