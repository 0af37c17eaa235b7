<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>FieldErrors</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>Native app</source>
        <translation>Native App</translation>
    </message>
    <message>
        <source>Single-page app</source>
        <translation>Single-Page-App</translation>
    </message>
    <message>
        <source>Traditional web</source>
        <translation>Klassische Web-App</translation>
    </message>
    <message>
        <source>Machine-to-machine</source>
        <translation>Maschine-zu-Maschine</translation>
    </message>
    <message>
        <source>Protected app</source>
        <translation>Geschützte App</translation>
    </message>
    <message>
        <source>SAML app</source>
        <translation>SAML-App</translation>
    </message>
    <message>
        <source>Mobile or desktop app that signs users in through the system browser (iOS, Android, Electron, Qt).</source>
        <translation>Mobile oder Desktop-App, die Benutzer über den Systembrowser anmeldet (iOS, Android, Electron, Qt).</translation>
    </message>
    <message>
        <source>Web app that runs in the browser and cannot keep a secret (React, Vue, Angular).</source>
        <translation>Web-App, die im Browser läuft und kein Geheimnis bewahren kann (React, Vue, Angular).</translation>
    </message>
    <message>
        <source>Server-rendered web app that keeps a client secret on the server (Next.js, Django, Rails).</source>
        <translation>Serverseitig gerenderte Web-App, die ein Client-Geheimnis auf dem Server verwahrt (Next.js, Django, Rails).</translation>
    </message>
    <message>
        <source>Service, script or daemon that calls your APIs on its own behalf with client credentials.</source>
        <translation>Dienst, Skript oder Daemon, der Ihre APIs im eigenen Namen mit Client-Zugangsdaten aufruft.</translation>
    </message>
    <message>
        <source>An existing web app put behind sign-in without changing its code.</source>
        <translation>Eine bestehende Web-App, die ohne Codeänderung hinter eine Anmeldung gestellt wird.</translation>
    </message>
    <message>
        <source>Enterprise app that signs users in with SAML 2.0 instead of OpenID Connect.</source>
        <translation>Unternehmens-App, die Benutzer mit SAML 2.0 statt OpenID Connect anmeldet.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>This is a PRODUCTION tenant.</source>
        <translation>Dies ist ein PRODUKTIONS-Mandant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a PRODUCTION tenant.</source>
        <translation>„%1“ ist ein PRODUKTIONS-Mandant.</translation>
    </message>
    <message>
        <source>Live users and services depend on it.</source>
        <translation>Echte Benutzer und Dienste hängen davon ab.</translation>
    </message>
</context>
<context>
    <name>UserImportPreview</name>
    <message>
        <source>•••• (digest)</source>
        <translation>•••• (Digest)</translation>
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
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>UserText</name>
    <message>
        <source>1 user</source>
        <translation>1 Benutzer</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
</context>
<context>
    <name>gatehouse</name>
    <message>
        <source>must be 1 to 21 lowercase letters or digits (leave it empty to generate one)</source>
        <translation>muss aus 1 bis 21 Kleinbuchstaben oder Ziffern bestehen (leer lassen, um eine zu erzeugen)</translation>
    </message>
    <message>
        <source>give either a password or a passwordDigest, not both</source>
        <translation>entweder password oder passwordDigest angeben, nicht beides</translation>
    </message>
    <message>
        <source>is missing (the row has a passwordDigest)</source>
        <translation>fehlt (die Zeile hat einen passwordDigest)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of Argon2i, Argon2id, Argon2d, SHA1, SHA256, MD5, Bcrypt, Legacy</source>
        <translation>„%1“ ist keiner von Argon2i, Argon2id, Argon2d, SHA1, SHA256, MD5, Bcrypt, Legacy</translation>
    </message>
</context>
<context>
    <name>gatehouse::CsvReader</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the file ends in the middle of a UTF-8 character</source>
        <translation>die Datei endet mitten in einem UTF-8-Zeichen</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation>ungültiges UTF-8 (Byte 0x%1); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>record is larger than %1</source>
        <translation>der Datensatz ist größer als %1</translation>
    </message>
    <message>
        <source>field is larger than %1</source>
        <translation>das Feld ist größer als %1</translation>
    </message>
    <message>
        <source>record has more than %1 fields</source>
        <translation>der Datensatz hat mehr als %1 Felder</translation>
    </message>
    <message>
        <source>quoted field is never closed: the file ends inside the quotes that open here</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen: die Datei endet innerhalb der hier geöffneten Anführungszeichen</translation>
    </message>
    <message>
        <source>quote in the middle of an unquoted field; put the whole field in quotes and double each quote inside it (&quot;&quot;)</source>
        <translation>Anführungszeichen mitten in einem Feld ohne Anführungszeichen; setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie jedes Anführungszeichen darin (&quot;&quot;)</translation>
    </message>
    <message>
        <source>text after the closing quote of a field; double each quote inside a quoted field (&quot;&quot;)</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Felds; verdoppeln Sie jedes Anführungszeichen innerhalb eines Felds in Anführungszeichen (&quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>gatehouse::CsvUserRecordReader</name>
    <message>
        <source>line 1: the file is empty; its first line must name the columns, for example username,primaryEmail,name</source>
        <translation>Zeile 1: die Datei ist leer; ihre erste Zeile muss die Spalten benennen, zum Beispiel username,primaryEmail,name</translation>
    </message>
    <message>
        <source>line %1, column %2: the column has no name</source>
        <translation>Zeile %1, Spalte %2: die Spalte hat keinen Namen</translation>
    </message>
    <message>
        <source>line %1: column &quot;%2&quot; appears twice (columns %3 and %4)</source>
        <translation>Zeile %1: die Spalte „%2“ kommt zweimal vor (Spalten %3 und %4)</translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (meinten Sie „%1“?)</translation>
    </message>
    <message>
        <source>line %1, column %2: unknown column &quot;%3&quot;%4. Known columns: %5, profile.&lt;claim&gt;, customData.&lt;key&gt; (names are case-sensitive)</source>
        <translation>Zeile %1, Spalte %2: unbekannte Spalte „%3“%4. Bekannte Spalten: %5, profile.&lt;claim&gt;, customData.&lt;key&gt; (Groß- und Kleinschreibung zählt)</translation>
    </message>
    <message>
        <source>line %1: columns &quot;%2&quot; and &quot;%3&quot; overlap: the second is inside the first</source>
        <translation>Zeile %1: die Spalten „%2“ und „%3“ überschneiden sich: die zweite liegt in der ersten</translation>
    </message>
    <message>
        <source>1 field</source>
        <translation>1 Feld</translation>
    </message>
    <message>
        <source>%1 fields</source>
        <translation>%1 Felder</translation>
    </message>
    <message>
        <source>%1, the header has %2</source>
        <translation>%1, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at character %2)</source>
        <translation>ist kein gültiges JSON (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <source>must be a JSON object, for example {&quot;plan&quot;: &quot;pro&quot;}</source>
        <translation>muss ein JSON-Objekt sein, zum Beispiel {&quot;plan&quot;: &quot;pro&quot;}</translation>
    </message>
    <message>
        <source>must be true or false (or 1/0, yes/no)</source>
        <translation>muss true oder false sein (oder 1/0, yes/no)</translation>
    </message>
    <message>
        <source>must be a time in unix milliseconds or ISO 8601 with a zone, for example 2024-05-01T12:00:00Z</source>
        <translation>muss eine Zeit in Unix-Millisekunden oder ISO 8601 mit Zeitzone sein, zum Beispiel 2024-05-01T12:00:00Z</translation>
    </message>
    <message>
        <source>cannot set %1: a value on its path is not a JSON object</source>
        <translation>%1 kann nicht gesetzt werden: ein Wert auf dem Pfad ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>gatehouse::DemoWorkspace</name>
    <message>
        <source>Building the demo was cancelled.</source>
        <translation>Das Anlegen der Demo wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>gatehouse::Error</name>
    <message>
        <source>Some fields are not valid.</source>
        <translation>Einige Felder sind ungültig.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not exist.</source>
        <translation>%1 „%2“ existiert nicht.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ImportReport</name>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation>… und %1 weitere Probleme.</translation>
    </message>
    <message>
        <source>%1 rows read, %2 imported, %3 invalid%4.</source>
        <translation>%1 Zeilen gelesen, %2 importiert, %3 ungültig%4.</translation>
    </message>
    <message>
        <source>, cancelled</source>
        <translation>, abgebrochen</translation>
    </message>
</context>
<context>
    <name>gatehouse::JournalVerifier</name>
    <message>
        <source>Entry %1 was deleted.</source>
        <translation>Eintrag %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 were deleted.</source>
        <translation>Die Einträge %1 bis %2 wurden gelöscht.</translation>
    </message>
    <message>
        <source>Entry %1 appears twice or out of order.</source>
        <translation>Eintrag %1 kommt doppelt oder an falscher Stelle vor.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) was edited after it was written.</source>
        <translation>Eintrag %1 (%2) wurde nach dem Schreiben verändert.</translation>
    </message>
    <message>
        <source>Entry %1 is out of order: it does not follow the entry before it.</source>
        <translation>Eintrag %1 steht an falscher Stelle: er folgt nicht auf den Eintrag davor.</translation>
    </message>
    <message>
        <source>The entry before entry %1 is missing (deleted and renumbered).</source>
        <translation>Der Eintrag vor Eintrag %1 fehlt (gelöscht und neu nummeriert).</translation>
    </message>
    <message>
        <source>The journal ends at entry %1 but %2 entries were written.</source>
        <translation>Das Journal endet bei Eintrag %1, geschrieben wurden aber %2 Einträge.</translation>
    </message>
    <message>
        <source>The last entry (%1) does not match the recorded journal head.</source>
        <translation>Der letzte Eintrag (%1) passt nicht zum gespeicherten Journalkopf.</translation>
    </message>
    <message>
        <source>Entries after %1 were added outside Gatehouse.</source>
        <translation>Die Einträge nach %1 wurden außerhalb von Gatehouse hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>gatehouse::JsonArrayScanner</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is empty; it must hold a JSON array of user objects ([{…}, …])</source>
        <translation>die Datei ist leer; sie muss ein JSON-Array von Benutzerobjekten enthalten ([{…}, …])</translation>
    </message>
    <message>
        <source>the file ends inside the element that starts here, before the array is closed with &apos;]&apos;; it may be truncated</source>
        <translation>die Datei endet innerhalb des hier beginnenden Elements, bevor das Array mit &apos;]&apos; geschlossen wird; sie ist vielleicht abgeschnitten</translation>
    </message>
    <message>
        <source>the file ends before the array is closed with &apos;]&apos;; it may be truncated</source>
        <translation>die Datei endet, bevor das Array mit &apos;]&apos; geschlossen wird; sie ist vielleicht abgeschnitten</translation>
    </message>
    <message>
        <source>the file holds a JSON object, but it must hold an array of user objects ([{…}, …]); for one object per line, name the file .jsonl</source>
        <translation>die Datei enthält ein JSON-Objekt, sie muss aber ein Array von Benutzerobjekten enthalten ([{…}, …]); für ein Objekt pro Zeile benennen Sie die Datei mit der Endung .jsonl</translation>
    </message>
    <message>
        <source>the file must hold a JSON array of user objects ([{…}, …])</source>
        <translation>die Datei muss ein JSON-Array von Benutzerobjekten enthalten ([{…}, …])</translation>
    </message>
    <message>
        <source>expected a user object or &apos;]&apos; after &apos;[&apos;</source>
        <translation>nach &apos;[&apos; wird ein Benutzerobjekt oder &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>a &apos;,&apos; must be followed by another element</source>
        <translation>auf ein &apos;,&apos; muss ein weiteres Element folgen</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after element %1 of the array</source>
        <translation>nach Element %1 des Arrays wird &apos;,&apos; oder &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>unexpected text after the end of the array</source>
        <translation>unerwarteter Text nach dem Ende des Arrays</translation>
    </message>
</context>
<context>
    <name>gatehouse::JsonLinesUserRecordReader</name>
    <message>
        <source>line %1: cannot read the file: %2</source>
        <translation>Zeile %1: die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the line is larger than %1</source>
        <translation>die Zeile ist größer als %1</translation>
    </message>
    <message>
        <source>the line is not valid JSON</source>
        <translation>die Zeile ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>the line holds %1, not a user object</source>
        <translation>die Zeile enthält %1, kein Benutzerobjekt</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at column %2</source>
        <translation>kein gültiges JSON: %1 in Spalte %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::JsonUserRecordReader</name>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>element %1 of the array is larger than %2</source>
        <translation>Element %1 des Arrays ist größer als %2</translation>
    </message>
    <message>
        <source>element %1 of the array is not valid JSON</source>
        <translation>Element %1 des Arrays ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>element %1 of the array is %2, not a user object</source>
        <translation>Element %1 des Arrays ist %2, kein Benutzerobjekt</translation>
    </message>
    <message>
        <source>element %1 of the array is not valid JSON: %2 on line %3</source>
        <translation>Element %1 des Arrays ist kein gültiges JSON: %2 in Zeile %3</translation>
    </message>
</context>
<context>
    <name>gatehouse::UserListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>gatehouse::WorkspaceSpec</name>
    <message>
        <source>No workspace given.</source>
        <translation>Kein Arbeitsbereich angegeben.</translation>
    </message>
    <message>
        <source>Not a valid PostgreSQL URL. Use postgres://user@host:5432/database.</source>
        <translation>Keine gültige PostgreSQL-URL. Verwenden Sie postgres://benutzer@host:5432/datenbank.</translation>
    </message>
    <message>
        <source>Not a valid Logto connection. Use logto+https://auth.example.com (the client id and secret are not part of the address).</source>
        <translation>Keine gültige Logto-Verbindung. Verwenden Sie logto+https://auth.example.com (Client-ID und Secret gehören nicht zur Adresse).</translation>
    </message>
    <message>
        <source>Plain http is allowed only for a server on this machine (localhost, 127.0.0.1). Use logto+https:// for %1.</source>
        <translation>Unverschlüsseltes http ist nur für einen Server auf diesem Rechner erlaubt (localhost, 127.0.0.1). Verwenden Sie logto+https:// für %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Logto tenant id (lowercase letters, digits and dashes).</source>
        <translation>„%1“ ist keine Logto-Mandanten-ID (Kleinbuchstaben, Ziffern und Bindestriche).</translation>
    </message>
    <message>
        <source>The tag of a connection is &quot;production&quot; or &quot;development&quot;, not &quot;%1&quot;.</source>
        <translation>Die Kennzeichnung einer Verbindung ist „production“ oder „development“, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown kind of workspace &quot;%1&quot;: give a file path, a postgres:// URL or a logto+https:// address.</source>
        <translation>Unbekannte Art von Arbeitsbereich „%1“: Geben Sie einen Dateipfad, eine postgres://-URL oder eine logto+https://-Adresse an.</translation>
    </message>
</context>
<context>
    <name>gatehouse::json</name>
    <message>
        <source>must be one of Native, SPA, Traditional, MachineToMachine, Protected, SAML</source>
        <translation>muss Native, SPA, Traditional, MachineToMachine, Protected oder SAML sein</translation>
    </message>
    <message>
        <source>must be User or MachineToMachine</source>
        <translation>muss User oder MachineToMachine sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be a time in unix milliseconds</source>
        <translation>muss eine Zeit in Unix-Millisekunden sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
</context>
<context>
    <name>gatehouse::json::Reader</name>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
</context>
<context>
    <name>gatehouse::local</name>
    <message>
        <source>The username &quot;%1&quot; is already taken by user %2.</source>
        <translation>Der Benutzername „%1“ ist bereits an Benutzer %2 vergeben.</translation>
    </message>
    <message>
        <source>The email address %1 already belongs to user %2.</source>
        <translation>Die E-Mail-Adresse %1 gehört bereits Benutzer %2.</translation>
    </message>
    <message>
        <source>The phone number %1 already belongs to user %2.</source>
        <translation>Die Telefonnummer %1 gehört bereits Benutzer %2.</translation>
    </message>
    <message>
        <source>This workspace was written by a newer Gatehouse (schema version %1; this build knows up to %2). Update Gatehouse to open it.</source>
        <translation>Dieser Arbeitsbereich wurde von einem neueren Gatehouse geschrieben (Schemaversion %1; diese Version kennt bis %2). Aktualisieren Sie Gatehouse, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Upgrading the workspace to schema version %1 failed; it stays at version %2.</source>
        <translation>Die Aktualisierung des Arbeitsbereichs auf Schemaversion %1 ist fehlgeschlagen; er bleibt bei Version %2.</translation>
    </message>
    <message>
        <source>This workspace was written by a newer Gatehouse. Update Gatehouse to open it.</source>
        <translation>Dieser Arbeitsbereich wurde von einem neueren Gatehouse geschrieben. Aktualisieren Sie Gatehouse, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Something with the same name already exists.</source>
        <translation>Es gibt bereits etwas mit demselben Namen.</translation>
    </message>
    <message>
        <source>The workspace database cannot be reached.</source>
        <translation>Die Datenbank des Arbeitsbereichs ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The workspace is busy with another change. Try again.</source>
        <translation>Der Arbeitsbereich ist mit einer anderen Änderung beschäftigt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL was lost.</source>
        <translation>Die Verbindung zu PostgreSQL ist abgebrochen.</translation>
    </message>
    <message>
        <source>The workspace database reported an error.</source>
        <translation>Die Datenbank des Arbeitsbereichs hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The journal head record is missing.</source>
        <translation>Der Datensatz des Journalkopfs fehlt.</translation>
    </message>
</context>
<context>
    <name>gatehouse::local::SqlWorker</name>
    <message>
        <source>The workspace is not open.</source>
        <translation>Der Arbeitsbereich ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>An unexpected error occurred in the workspace.</source>
        <translation>Im Arbeitsbereich ist ein unerwarteter Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert (Debian-Paket %2).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1.</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::remote</name>
    <message>
        <source>Set GATEHOUSE_CLIENT_ID and GATEHOUSE_CLIENT_SECRET to the machine-to-machine application&apos;s id and secret instead.</source>
        <translation>Setzen Sie stattdessen GATEHOUSE_CLIENT_ID und GATEHOUSE_CLIENT_SECRET auf ID und Geheimnis der Maschine-zu-Maschine-Anwendung.</translation>
    </message>
    <message>
        <source>The credentials for %1 cannot be saved: no system keychain is available here.</source>
        <translation>Die Zugangsdaten für %1 können nicht gespeichert werden: Hier ist kein Schlüsselbund des Systems verfügbar.</translation>
    </message>
    <message>
        <source>No system keychain is available here, so no credentials for %1 can be stored in it.</source>
        <translation>Hier ist kein Schlüsselbund des Systems verfügbar, daher können darin keine Zugangsdaten für %1 liegen.</translation>
    </message>
    <message>
        <source>No credentials for %1: no system keychain is available here.</source>
        <translation>Keine Zugangsdaten für %1: Hier ist kein Schlüsselbund des Systems verfügbar.</translation>
    </message>
    <message>
        <source>Only Logto connections (logto+https://...) have client credentials.</source>
        <translation>Nur Logto-Verbindungen (logto+https://...) haben Client-Zugangsdaten.</translation>
    </message>
    <message>
        <source>GATEHOUSE_CLIENT_ID is set but GATEHOUSE_CLIENT_SECRET is not</source>
        <translation>GATEHOUSE_CLIENT_ID ist gesetzt, GATEHOUSE_CLIENT_SECRET aber nicht</translation>
    </message>
    <message>
        <source>GATEHOUSE_CLIENT_SECRET is set but GATEHOUSE_CLIENT_ID is not</source>
        <translation>GATEHOUSE_CLIENT_SECRET ist gesetzt, GATEHOUSE_CLIENT_ID aber nicht</translation>
    </message>
    <message>
        <source>: set both (the machine-to-machine application&apos;s id and secret) or neither.</source>
        <translation>: Setzen Sie beide (ID und Geheimnis der Maschine-zu-Maschine-Anwendung) oder keine.</translation>
    </message>
    <message>
        <source>GATEHOUSE_CLIENT_ID is empty</source>
        <translation>GATEHOUSE_CLIENT_ID ist leer</translation>
    </message>
    <message>
        <source>GATEHOUSE_CLIENT_SECRET is empty</source>
        <translation>GATEHOUSE_CLIENT_SECRET ist leer</translation>
    </message>
    <message>
        <source>No credentials are saved for %1. Save them with &quot;gatehouse-cli connection save&quot; (or in Gatehouse under File → Connections), or set GATEHOUSE_CLIENT_ID and GATEHOUSE_CLIENT_SECRET.</source>
        <translation>Für %1 sind keine Zugangsdaten gespeichert. Speichern Sie sie mit „gatehouse-cli connection save“ (oder in Gatehouse unter Datei → Verbindungen) oder setzen Sie GATEHOUSE_CLIENT_ID und GATEHOUSE_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>The credentials for %1 could not be read from the system keychain: %2</source>
        <translation>Die Zugangsdaten für %1 konnten nicht aus dem Schlüsselbund des Systems gelesen werden: %2</translation>
    </message>
    <message>
        <source>The keychain entry for %1 is not in the expected form; save the connection&apos;s credentials again.</source>
        <translation>Der Schlüsselbund-Eintrag für %1 hat nicht die erwartete Form; speichern Sie die Zugangsdaten der Verbindung erneut.</translation>
    </message>
    <message>
        <source>Both the client id and the client secret are needed.</source>
        <translation>Client-ID und Client-Geheimnis werden beide benötigt.</translation>
    </message>
    <message>
        <source> Whether the change was applied is unknown: check the current state before trying again.</source>
        <translation> Ob die Änderung übernommen wurde, ist unbekannt: Prüfen Sie den aktuellen Stand, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>an application</source>
        <translation>eine Anwendung</translation>
    </message>
    <message>
        <source>an API resource</source>
        <translation>eine API-Ressource</translation>
    </message>
    <message>
        <source>a permission</source>
        <translation>eine Berechtigung</translation>
    </message>
    <message>
        <source>a role</source>
        <translation>eine Rolle</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The username &quot;%1&quot; is already taken by user %2.</source>
        <translation>Der Benutzername „%1“ ist bereits von Benutzer %2 belegt.</translation>
    </message>
    <message>
        <source>The email address %1 already belongs to user %2.</source>
        <translation>Die E-Mail-Adresse %1 gehört bereits Benutzer %2.</translation>
    </message>
    <message>
        <source>The phone number %1 already belongs to user %2.</source>
        <translation>Die Telefonnummer %1 gehört bereits Benutzer %2.</translation>
    </message>
</context>
<context>
    <name>gatehouse::remote::RemoteSession</name>
    <message>
        <source>The endpoint &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>Der Endpunkt „%1“ ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>it holds no PEM certificate.</source>
        <translation>sie enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to a list request is not a list.</source>
        <translation>Die Antwort des Servers auf eine Listenanfrage ist keine Liste.</translation>
    </message>
</context>
<context>
    <name>gatehouse::remote::RemoteSession::Private</name>
    <message>
        <source>The server&apos;s token answer holds no access token.</source>
        <translation>Die Token-Antwort des Servers enthält kein Zugriffstoken.</translation>
    </message>
</context>
<context>
    <name>gatehouse::remote::http</name>
    <message>
        <source>A value that must be unique is already taken on the server.</source>
        <translation>Ein Wert, der eindeutig sein muss, ist auf dem Server bereits vergeben.</translation>
    </message>
    <message>
        <source>The server refused a value that is already taken: %1</source>
        <translation>Der Server hat einen bereits vergebenen Wert abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server rejected the request as not valid.</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>The server rejected the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused the credentials of this connection. Check its client id and secret.</source>
        <translation>Der Server hat die Zugangsdaten dieser Verbindung abgelehnt. Prüfen Sie Client-ID und Secret.</translation>
    </message>
    <message>
        <source>The connection&apos;s application lacks the Management API permission &apos;all&apos;. Assign it a role with Management API access in the Logto console.</source>
        <translation>Der Anwendung dieser Verbindung fehlt die Management-API-Berechtigung „all“. Weisen Sie ihr in der Logto-Konsole eine Rolle mit Management-API-Zugriff zu.</translation>
    </message>
    <message>
        <source>The server does not allow this operation.</source>
        <translation>Der Server erlaubt diesen Vorgang nicht.</translation>
    </message>
    <message>
        <source>The server does not allow this operation: %1</source>
        <translation>Der Server erlaubt diesen Vorgang nicht: %1</translation>
    </message>
    <message>
        <source>The object does not exist on the server (it may have been deleted meanwhile).</source>
        <translation>Das Objekt existiert auf dem Server nicht (es wurde womöglich inzwischen gelöscht).</translation>
    </message>
    <message>
        <source>The object changed on the server meanwhile. Reload it and try again.</source>
        <translation>Das Objekt wurde auf dem Server inzwischen geändert. Laden Sie es neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server reports a conflict: %1</source>
        <translation>Der Server meldet einen Konflikt: %1</translation>
    </message>
    <message>
        <source>The server is limiting requests from this connection. Try again in a moment.</source>
        <translation>Der Server begrenzt die Anfragen dieser Verbindung. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server does not support this operation.</source>
        <translation>Der Server unterstützt diesen Vorgang nicht.</translation>
    </message>
    <message>
        <source>The server failed to handle the request (HTTP %1).</source>
        <translation>Der Server konnte die Anfrage nicht verarbeiten (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1): %2</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The server refused the client id or secret of this connection.</source>
        <translation>Der Server hat Client-ID oder Secret dieser Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server does not know the Management API of this connection&apos;s tenant. Check the tenant id.</source>
        <translation>Der Server kennt die Management-API des Mandanten dieser Verbindung nicht. Prüfen Sie die Mandanten-ID.</translation>
    </message>
    <message>
        <source>The connection&apos;s application may not request the Management API permission &apos;all&apos;.</source>
        <translation>Die Anwendung dieser Verbindung darf die Management-API-Berechtigung „all“ nicht anfordern.</translation>
    </message>
    <message>
        <source>The connection&apos;s application may not sign in with its client credentials. It must be a machine-to-machine application.</source>
        <translation>Die Anwendung dieser Verbindung darf sich nicht mit ihren Client-Zugangsdaten anmelden. Sie muss eine Machine-to-Machine-Anwendung sein.</translation>
    </message>
    <message>
        <source>The server has no token endpoint at /oidc/token. Check that the endpoint is a Logto server.</source>
        <translation>Der Server hat keinen Token-Endpunkt unter /oidc/token. Prüfen Sie, ob der Endpunkt ein Logto-Server ist.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1.</source>
        <translation>Der Server ist nicht erreichbar: %1.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 s.</source>
        <translation>Der Server hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>The server sent more data than expected (%1 MB).</source>
        <translation>Der Server hat mehr Daten gesendet als erwartet (%1 MB).</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
    <message>
        <source>The server answered with %1 instead of JSON.</source>
        <translation>Der Server hat mit %1 statt JSON geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON: %1 at byte %2.</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected HTTP %1.</source>
        <translation>Der Server hat mit einem unerwarteten HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>It redirects to %1: check the endpoint of this connection.</source>
        <translation>Er leitet auf %1 um: Prüfen Sie den Endpunkt dieser Verbindung.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1 (%2).</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig: %1 (%2).</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; cannot be used: %2</source>
        <translation>Die CA-Zertifikatsdatei „%1“ ist nicht verwendbar: %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::security</name>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>Der Schlüsselbund des Systems hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>No entry in the system keychain.</source>
        <translation>Kein Eintrag im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert.</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>A Legacy digest must be a JSON array [&quot;&lt;hash&gt;&quot;, [&quot;&lt;arg&gt;&quot;, &quot;@&quot;, …], &quot;&lt;hex&gt;&quot;].</source>
        <translation>Ein Legacy-Digest muss ein JSON-Array [&quot;&lt;hash&gt;&quot;, [&quot;&lt;arg&gt;&quot;, &quot;@&quot;, …], &quot;&lt;hex&gt;&quot;] sein.</translation>
    </message>
    <message>
        <source>Every argument of a Legacy digest must be a string.</source>
        <translation>Jedes Argument eines Legacy-Digests muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>The expected hash of a Legacy digest must be hexadecimal.</source>
        <translation>Der erwartete Hash eines Legacy-Digests muss hexadezimal sein.</translation>
    </message>
    <message>
        <source>A Legacy digest must use &quot;@&quot; for the password in its arguments.</source>
        <translation>Ein Legacy-Digest muss in seinen Argumenten &quot;@&quot; für das Passwort verwenden.</translation>
    </message>
    <message>
        <source>A PBKDF2 digest needs the arguments [salt, iterations, keylen, digest, &quot;@&quot;].</source>
        <translation>Ein PBKDF2-Digest braucht die Argumente [salt, iterations, keylen, digest, &quot;@&quot;].</translation>
    </message>
    <message>
        <source>PBKDF2 iterations and key length must be positive whole numbers.</source>
        <translation>Iterationen und Schlüssellänge von PBKDF2 müssen positive ganze Zahlen sein.</translation>
    </message>
    <message>
        <source>Unknown PBKDF2 digest &quot;%1&quot;.</source>
        <translation>Unbekannter PBKDF2-Digest „%1“.</translation>
    </message>
    <message>
        <source>Unknown hash algorithm &quot;%1&quot; in a Legacy digest.</source>
        <translation>Unbekannter Hash-Algorithmus „%1“ in einem Legacy-Digest.</translation>
    </message>
    <message>
        <source>PBKDF2 failed.</source>
        <translation>PBKDF2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Hashing failed.</source>
        <translation>Das Hashen ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The password digest is empty.</source>
        <translation>Der Passwort-Digest ist leer.</translation>
    </message>
    <message>
        <source>Not an %1 PHC string (expected %2v=19$m=…,t=…,p=…$salt$hash).</source>
        <translation>Keine %1-PHC-Zeichenkette (erwartet: %2v=19$m=…,t=…,p=…$salt$hash).</translation>
    </message>
    <message>
        <source>Not a bcrypt hash (expected $2a$, $2b$ or $2y$, a two-digit cost and 53 characters).</source>
        <translation>Kein bcrypt-Hash (erwartet: $2a$, $2b$ oder $2y$, zweistellige Kosten und 53 Zeichen).</translation>
    </message>
    <message>
        <source>A SHA1 digest must be 40 hexadecimal characters.</source>
        <translation>Ein SHA1-Digest muss aus 40 Hexadezimalzeichen bestehen.</translation>
    </message>
    <message>
        <source>A SHA256 digest must be 64 hexadecimal characters.</source>
        <translation>Ein SHA256-Digest muss aus 64 Hexadezimalzeichen bestehen.</translation>
    </message>
    <message>
        <source>An MD5 digest must be 32 hexadecimal characters.</source>
        <translation>Ein MD5-Digest muss aus 32 Hexadezimalzeichen bestehen.</translation>
    </message>
    <message>
        <source>Unknown password algorithm.</source>
        <translation>Unbekannter Passwort-Algorithmus.</translation>
    </message>
    <message>
        <source>The Argon2 digest cannot be used: %1</source>
        <translation>Der Argon2-Digest kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The bcrypt digest cannot be used.</source>
        <translation>Der bcrypt-Digest kann nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ApplicationEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Änderungen speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Delete this application (Del in the list)</source>
        <translation>Diese Anwendung löschen (Entf in der Liste)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Fix the marked fields to save</source>
        <translation>Korrigieren Sie die markierten Felder, um zu speichern</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Not saved: fix the marked fields</source>
        <translation>Nicht gespeichert: korrigieren Sie die markierten Felder</translation>
    </message>
    <message>
        <source>Application changed elsewhere</source>
        <translation>Anwendung wurde anderswo geändert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else after you opened it. Reload it? Your edits in this form will be discarded.</source>
        <translation>„%1“ wurde von jemand anderem geändert, nachdem Sie es geöffnet haben. Neu laden? Ihre Änderungen in diesem Formular gehen dabei verloren.</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;.</source>
        <translation>„%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not reload the application.</source>
        <translation>Die Anwendung konnte nicht neu geladen werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ApplicationRolesTab</name>
    <message>
        <source>Assign roles…</source>
        <translation>Rollen zuweisen …</translation>
    </message>
    <message>
        <source>Remove role…</source>
        <translation>Rolle entfernen …</translation>
    </message>
    <message>
        <source>No roles assigned: this application&apos;s tokens carry no permissions.</source>
        <translation>Keine Rollen zugewiesen: die Tokens dieser Anwendung enthalten keine Berechtigungen.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Machine-to-machine roles grant this application the permissions of their API resources.</source>
        <translation>Maschine-zu-Maschine-Rollen geben dieser Anwendung die Berechtigungen ihrer API-Ressourcen.</translation>
    </message>
    <message>
        <source>Could not load the roles of &quot;%1&quot;.</source>
        <translation>Die Rollen von „%1“ konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Could not load the roles.</source>
        <translation>Die Rollen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Assign roles to %1</source>
        <translation>Rollen an %1 zuweisen</translation>
    </message>
    <message>
        <source>Pick the machine-to-machine roles whose permissions &quot;%1&quot; gets.</source>
        <translation>Wählen Sie die Maschine-zu-Maschine-Rollen, deren Berechtigungen „%1“ erhält.</translation>
    </message>
    <message>
        <source>Assign roles</source>
        <translation>Rollen zuweisen</translation>
    </message>
    <message>
        <source>This tenant has no machine-to-machine roles yet. Create one on the Roles page.</source>
        <translation>Dieser Mandant hat noch keine Maschine-zu-Maschine-Rollen. Legen Sie eine auf der Seite „Rollen“ an.</translation>
    </message>
    <message>
        <source>Could not assign the roles to &quot;%1&quot;.</source>
        <translation>Die Rollen konnten „%1“ nicht zugewiesen werden.</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Rolle entfernen</translation>
    </message>
    <message>
        <source>Remove the role &quot;%1&quot; from &quot;%2&quot;? New tokens of the application lose its permissions.</source>
        <translation>Die Rolle „%1“ von „%2“ entfernen? Neue Tokens der Anwendung verlieren ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>Could not remove the role &quot;%1&quot;.</source>
        <translation>Die Rolle „%1“ konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ApplicationSecretsTab</name>
    <message>
        <source>Create secret…</source>
        <translation>Geheimnis erstellen …</translation>
    </message>
    <message>
        <source>Delete secret…</source>
        <translation>Geheimnis löschen …</translation>
    </message>
    <message>
        <source>This application has no secrets. Create one to let it authenticate.</source>
        <translation>Diese Anwendung hat keine Geheimnisse. Erstellen Sie eines, damit sie sich authentifizieren kann.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Abgelaufen %1</translation>
    </message>
    <message>
        <source>Confidential clients prove who they are with a secret. Values are shown only once, when created.</source>
        <translation>Vertrauliche Clients weisen sich mit einem Geheimnis aus. Werte werden nur einmal angezeigt, beim Erstellen.</translation>
    </message>
    <message>
        <source>Could not load the secrets of &quot;%1&quot;.</source>
        <translation>Die Geheimnisse von „%1“ konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Could not create the secret.</source>
        <translation>Das Geheimnis konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>New secret for %1</source>
        <translation>Neues Geheimnis für %1</translation>
    </message>
    <message>
        <source>Delete secret</source>
        <translation>Geheimnis löschen</translation>
    </message>
    <message>
        <source>Delete the secret &quot;%1&quot; of &quot;%2&quot;? Services that still use it can no longer get tokens.</source>
        <translation>Das Geheimnis „%1“ von „%2“ löschen? Dienste, die es noch verwenden, erhalten keine Tokens mehr.</translation>
    </message>
    <message>
        <source>Could not delete the secret &quot;%1&quot;.</source>
        <translation>Das Geheimnis „%1“ konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ApplicationSettingsForm</name>
    <message>
        <source>Rotate refresh token on use</source>
        <translation>Refresh-Token bei Verwendung erneuern</translation>
    </message>
    <message>
        <source>Always issue refresh token</source>
        <translation>Immer ein Refresh-Token ausstellen</translation>
    </message>
    <message>
        <source>Third-party app</source>
        <translation>Drittanbieter-App</translation>
    </message>
    <message>
        <source>Optional: what this application is for</source>
        <translation>Optional: wofür diese Anwendung gedacht ist</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Sign-in redirects</source>
        <translation>Weiterleitungen bei der Anmeldung</translation>
    </message>
    <message>
        <source>One URI per line. Use https; plain http only for localhost.</source>
        <translation>Eine URI pro Zeile. Verwenden Sie https; einfaches http nur für localhost.</translation>
    </message>
    <message>
        <source>Origins allowed to call the token endpoint from a browser.</source>
        <translation>Ursprünge, die den Token-Endpunkt aus einem Browser aufrufen dürfen.</translation>
    </message>
    <message>
        <source>&amp;Redirect URIs</source>
        <translation>&amp;Weiterleitungs-URIs</translation>
    </message>
    <message>
        <source>&amp;Post sign-out
redirect URIs</source>
        <translation>Weiterleitungs-URIs
nach der &amp;Abmeldung</translation>
    </message>
    <message>
        <source>&amp;CORS allowed
origins</source>
        <translation>&amp;CORS: erlaubte
Ursprünge</translation>
    </message>
    <message>
        <source>Issue a new refresh token each time one is used; the old one stops working.</source>
        <translation>Bei jeder Verwendung ein neues Refresh-Token ausstellen; das alte wird ungültig.</translation>
    </message>
    <message>
        <source>Issue a refresh token even when the app does not ask for the offline_access scope.</source>
        <translation>Ein Refresh-Token auch dann ausstellen, wenn die App den Scope offline_access nicht anfordert.</translation>
    </message>
    <message>
        <source>An app built by someone else: users see a consent screen before signing in.</source>
        <translation>Eine App eines anderen Anbieters: Benutzer sehen vor der Anmeldung eine Zustimmungsseite.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>&amp;ID token lifetime</source>
        <translation>&amp;ID-Token-Lebensdauer</translation>
    </message>
    <message>
        <source>Refresh &amp;token lifetime</source>
        <translation>Refresh-&amp;Token-Lebensdauer</translation>
    </message>
    <message>
        <source>Machine-to-machine apps get access tokens with their client credentials (App ID and a secret); they have no redirect URIs, ID or refresh tokens. Their permissions come from the roles on the Roles tab.</source>
        <translation>Maschine-zu-Maschine-Apps erhalten Access-Tokens mit ihren Client-Zugangsdaten (App-ID und ein Geheimnis); sie haben keine Weiterleitungs-URIs, ID- oder Refresh-Tokens. Ihre Berechtigungen stammen aus den Rollen im Reiter „Rollen“.</translation>
    </message>
    <message>
        <source>Protected apps are served behind sign-in as they are; Gatehouse keeps their secrets. They have no redirect URIs of their own.</source>
        <translation>Geschützte Apps werden unverändert hinter einer Anmeldung ausgeliefert; Gatehouse verwahrt ihre Geheimnisse. Eigene Weiterleitungs-URIs haben sie nicht.</translation>
    </message>
    <message>
        <source>SAML apps sign users in with SAML 2.0 assertions, not with OpenID Connect tokens.</source>
        <translation>SAML-Apps melden Benutzer mit SAML-2.0-Assertions an, nicht mit OpenID-Connect-Tokens.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ApplicationsPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Apps and services that sign users in or call your APIs.</source>
        <translation>Apps und Dienste, die Benutzer anmelden oder Ihre APIs aufrufen.</translation>
    </message>
    <message>
        <source>Create application</source>
        <translation>Anwendung erstellen</translation>
    </message>
    <message>
        <source>No applications yet</source>
        <translation>Noch keine Anwendungen</translation>
    </message>
    <message>
        <source>Register the web, mobile and server apps that sign users in, and the services that call your APIs.</source>
        <translation>Registrieren Sie die Web-, Mobil- und Server-Apps, die Benutzer anmelden, und die Dienste, die Ihre APIs aufrufen.</translation>
    </message>
    <message>
        <source>Select an application to see its settings.</source>
        <translation>Wählen Sie eine Anwendung aus, um ihre Einstellungen zu sehen.</translation>
    </message>
    <message>
        <source>Could not load the applications.</source>
        <translation>Die Anwendungen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Discard them?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>Could not create the application.</source>
        <translation>Die Anwendung konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Application created</source>
        <translation>Anwendung erstellt</translation>
    </message>
    <message>
        <source>Default secret</source>
        <translation>Standardgeheimnis</translation>
    </message>
    <message>
        <source>Sign-ins and tokens through &quot;%1&quot; stop working.</source>
        <translation>Anmeldungen und Tokens über „%1“ funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>Its secrets are deleted with it.</source>
        <translation>Ihre Geheimnisse werden mit gelöscht.</translation>
    </message>
    <message>
        <source>Its role assignments are removed.</source>
        <translation>Ihre Rollenzuweisungen werden entfernt.</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>Anwendung löschen</translation>
    </message>
    <message>
        <source>Delete the application &quot;%1&quot; (%2)?</source>
        <translation>Die Anwendung „%1“ (%2) löschen?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Could not delete &quot;%1&quot;.</source>
        <translation>„%1“ konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ConnectionEditDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Production</source>
        <translation>&amp;Produktion</translation>
    </message>
    <message>
        <source>&amp;Development</source>
        <translation>Ent&amp;wicklung</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>z. B. Acme Produktion</translation>
    </message>
    <message>
        <source>&quot;default&quot; on a self-hosted Logto server; the tenant id on Logto Cloud.</source>
        <translation>„default“ auf einem selbst betriebenen Logto-Server; die Mandanten-ID bei Logto Cloud.</translation>
    </message>
    <message>
        <source>Machine-to-machine application id</source>
        <translation>ID der Maschine-zu-Maschine-Anwendung</translation>
    </message>
    <message>
        <source>Optional: extra trusted certificates (PEM)</source>
        <translation>Optional: zusätzliche vertrauenswürdige Zertifikate (PEM)</translation>
    </message>
    <message>
        <source>Get a token with these values and read the applications once</source>
        <translation>Mit diesen Angaben ein Token holen und einmal die Anwendungen lesen</translation>
    </message>
    <message>
        <source>Serves real users: destructive actions name the connection and ask first.</source>
        <translation>Dient echten Benutzern: Zerstörende Aktionen nennen die Verbindung und fragen vorher nach.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>&amp;Endpunkt</translation>
    </message>
    <message>
        <source>T&amp;enant</source>
        <translation>&amp;Mandant</translation>
    </message>
    <message>
        <source>&amp;Client id</source>
        <translation>&amp;Client-ID</translation>
    </message>
    <message>
        <source>Client &amp;secret</source>
        <translation>Client-&amp;Geheimnis</translation>
    </message>
    <message>
        <source>CA f&amp;ile</source>
        <translation>CA-Date&amp;i</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in Gatehouse&apos;s settings.</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert, nie in den Einstellungen von Gatehouse.</translation>
    </message>
    <message>
        <source>No system keychain is available: the secret is kept for this session only and asked for again next time.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Das Geheimnis gilt nur für diese Sitzung und wird beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>Leave empty to keep the secret you entered before.</source>
        <translation>Leer lassen, um das zuvor eingegebene Geheimnis zu behalten.</translation>
    </message>
    <message>
        <source>The endpoint starts with https:// (for example https://auth.example.com).</source>
        <translation>Der Endpunkt beginnt mit https:// (zum Beispiel https://auth.example.com).</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation>Eine Verbindung namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>This server and tenant are already saved as &quot;%1&quot;.</source>
        <translation>Dieser Server und Mandant sind bereits als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Unter %1 gibt es keine Datei.</translation>
    </message>
    <message>
        <source>Enter the client secret again: the client id changed.</source>
        <translation>Geben Sie das Client-Geheimnis erneut ein: Die Client-ID hat sich geändert.</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet …</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ConnectionManager</name>
    <message>
        <source>Both the client id and the client secret are needed.</source>
        <translation>Client-ID und Client-Geheimnis werden beide benötigt.</translation>
    </message>
    <message>
        <source>The server has no tenant for this connection.</source>
        <translation>Der Server hat keinen Mandanten für diese Verbindung.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ConnectionText</name>
    <message>
        <source>1 application</source>
        <translation>1 Anwendung</translation>
    </message>
    <message>
        <source>%1 applications</source>
        <translation>%1 Anwendungen</translation>
    </message>
    <message>
        <source>Connected to %1, tenant &quot;%2&quot;: %3.</source>
        <translation>Verbunden mit %1, Mandant „%2“: %3.</translation>
    </message>
    <message>
        <source>Not available through this connection: %1.</source>
        <translation>Über diese Verbindung nicht verfügbar: %1.</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Der Test ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Antwort des Servers: %1</translation>
    </message>
    <message>
        <source>Not available through a Logto connection: %1</source>
        <translation>Über eine Logto-Verbindung nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>creating, renaming or deleting tenants</source>
        <translation>Mandanten erstellen, umbenennen oder löschen</translation>
    </message>
    <message>
        <source>user filters</source>
        <translation>Benutzerfilter</translation>
    </message>
    <message>
        <source>sorting users</source>
        <translation>Benutzer sortieren</translation>
    </message>
    <message>
        <source>requiring a password change</source>
        <translation>eine Passwortänderung verlangen</translation>
    </message>
    <message>
        <source>exporting password digests</source>
        <translation>Passwort-Digests exportieren</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ConnectionsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>No system keychain is available: client secrets are kept for this session only and asked for again after Gatehouse restarts.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Client-Geheimnisse gelten nur für diese Sitzung und werden nach einem Neustart von Gatehouse erneut abgefragt.</translation>
    </message>
    <message>
        <source>Get a token and read the applications once</source>
        <translation>Ein Token holen und einmal die Anwendungen lesen</translation>
    </message>
    <message>
        <source>Logto servers managed through their Management API. Each connection is one tenant and uses a machine-to-machine application with the Management API role.</source>
        <translation>Logto-Server, verwaltet über ihre Management API. Jede Verbindung ist ein Mandant und nutzt eine Maschine-zu-Maschine-Anwendung mit der Management-API-Rolle.</translation>
    </message>
    <message>
        <source>The secret could not be stored in the system keychain; it is kept for this session only.</source>
        <translation>Das Geheimnis konnte nicht im Schlüsselbund des Systems gespeichert werden; es gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Saved. The secret is kept for this session only.</source>
        <translation>Gespeichert. Das Geheimnis gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot; (%2, tenant %3)?
Its client secret is removed from the system keychain too. Nothing changes on the server.</source>
        <translation>Die Verbindung „%1“ (%2, Mandant %3) entfernen?
Ihr Client-Geheimnis wird auch aus dem Schlüsselbund des Systems entfernt. Auf dem Server ändert sich nichts.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was removed, but its secret could not be removed from the system keychain: %2</source>
        <translation>„%1“ wurde entfernt, aber das Geheimnis konnte nicht aus dem Schlüsselbund des Systems entfernt werden: %2</translation>
    </message>
    <message>
        <source>Testing &quot;%1&quot;…</source>
        <translation>„%1“ wird getestet …</translation>
    </message>
    <message>
        <source>No client secret is saved for this connection. Choose Edit… and enter it.</source>
        <translation>Für diese Verbindung ist kein Client-Geheimnis gespeichert. Wählen Sie „Bearbeiten …“ und geben Sie es ein.</translation>
    </message>
    <message>
        <source>No client secret is known for this connection in this session (no system keychain is available). Choose Edit… and enter it.</source>
        <translation>In dieser Sitzung ist für diese Verbindung kein Client-Geheimnis bekannt (kein Schlüsselbund des Systems verfügbar). Wählen Sie „Bearbeiten …“ und geben Sie es ein.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CreateApplicationDialog</name>
    <message>
        <source>Create application</source>
        <translation>Anwendung erstellen</translation>
    </message>
    <message>
        <source>e.g. Acme Web</source>
        <translation>z. B. Acme Web</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>What are you building?</source>
        <translation>Was bauen Sie?</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt …</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CreateResourceDialog</name>
    <message>
        <source>Create API resource</source>
        <translation>API-Ressource erstellen</translation>
    </message>
    <message>
        <source>e.g. Projects API</source>
        <translation>z. B. Projekte-API</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>&amp;Indikator</translation>
    </message>
    <message>
        <source>A unique absolute URI for this API, usually its base URL. Clients send it as the resource parameter; it cannot be changed later.</source>
        <translation>Eine eindeutige absolute URI für diese API, meist ihre Basis-URL. Clients senden sie als Parameter „resource“; sie lässt sich später nicht ändern.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CreateRoleDialog</name>
    <message>
        <source>&amp;User role</source>
        <translation>Ben&amp;utzerrolle</translation>
    </message>
    <message>
        <source>&amp;Machine-to-machine role</source>
        <translation>&amp;Maschine-zu-Maschine-Rolle</translation>
    </message>
    <message>
        <source>Create role</source>
        <translation>Rolle erstellen</translation>
    </message>
    <message>
        <source>e.g. Editor</source>
        <translation>z. B. Redakteur</translation>
    </message>
    <message>
        <source>What holders of this role may do</source>
        <translation>Was Inhaber dieser Rolle tun dürfen</translation>
    </message>
    <message>
        <source>Assigned to people; their tokens carry its permissions.</source>
        <translation>Wird Personen zugewiesen; ihre Tokens enthalten die Berechtigungen der Rolle.</translation>
    </message>
    <message>
        <source>Assigned to machine-to-machine apps calling your APIs.</source>
        <translation>Wird Maschine-zu-Maschine-Apps zugewiesen, die Ihre APIs aufrufen.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CreateSecretDialog</name>
    <message>
        <source>Expires on</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <source>Create secret for %1</source>
        <translation>Geheimnis für %1 erstellen</translation>
    </message>
    <message>
        <source>e.g. production-2025</source>
        <translation>z. B. produktion-2025</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Without an expiry the secret stays valid until you delete it. Rotating secrets yearly is good practice.</source>
        <translation>Ohne Ablaufdatum bleibt das Geheimnis gültig, bis Sie es löschen. Geheimnisse jährlich zu erneuern ist gute Praxis.</translation>
    </message>
    <message>
        <source>Create secret</source>
        <translation>Geheimnis erstellen</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CreateUserDialog</name>
    <message>
        <source>Create user</source>
        <translation>Benutzer erstellen</translation>
    </message>
    <message>
        <source>e.g. ada_lovelace</source>
        <translation>z. B. ada_lovelace</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+1 555 010 1234</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Optional: at least 8 characters</source>
        <translation>Optional: mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Initial &amp;password</source>
        <translation>Anfangs&amp;passwort</translation>
    </message>
    <message>
        <source>Without a password the user signs in with a verification code or a social identity.</source>
        <translation>Ohne Passwort meldet sich der Benutzer mit einem Bestätigungscode oder einer Social-Identität an.</translation>
    </message>
    <message>
        <source>Give at least one of username, email and phone: the user signs in with it.</source>
        <translation>Geben Sie mindestens Benutzername, E-Mail oder Telefon an: damit meldet sich der Benutzer an.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt …</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DateFilterEdit</name>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Clear this date</source>
        <translation>Dieses Datum löschen</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Gatehouse</source>
        <translation>Willkommen bei Gatehouse</translation>
    </message>
    <message>
        <source>Gatehouse manages the applications, APIs and roles of your identity platform. Every change is recorded in a tamper-evident journal.</source>
        <translation>Gatehouse verwaltet die Anwendungen, APIs und Rollen Ihrer Identitätsplattform. Jede Änderung wird in einem manipulationssicheren Journal festgehalten.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Den Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Two Acme tenants (production and development) with an application of every type, APIs, permissions and roles to explore.</source>
        <translation>Zwei Acme-Mandanten (Produktion und Entwicklung) mit einer Anwendung jedes Typs, APIs, Berechtigungen und Rollen zum Ausprobieren.</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Mit einem leeren Arbeitsbereich beginnen</translation>
    </message>
    <message>
        <source>Create your first tenant and register your own applications.</source>
        <translation>Legen Sie Ihren ersten Mandanten an und registrieren Sie Ihre eigenen Anwendungen.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::GrantPermissionsDialog</name>
    <message>
        <source>Loading permissions…</source>
        <translation>Berechtigungen werden geladen …</translation>
    </message>
    <message>
        <source>Grant permissions to %1</source>
        <translation>Berechtigungen an %1 vergeben</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Filter permissions</source>
        <translation>Berechtigungen filtern</translation>
    </message>
    <message>
        <source>Grant permissions</source>
        <translation>Berechtigungen vergeben</translation>
    </message>
    <message>
        <source>Pick the permissions that &quot;%1&quot; grants. Permissions it already has are checked.</source>
        <translation>Wählen Sie die Berechtigungen, die „%1“ gewährt. Bereits vorhandene Berechtigungen sind angehakt.</translation>
    </message>
    <message>
        <source>Could not load the API resources.</source>
        <translation>Die API-Ressourcen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Could not load the permissions of &quot;%1&quot;.</source>
        <translation>Die Berechtigungen von „%1“ konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Already granted</source>
        <translation>Bereits vergeben</translation>
    </message>
    <message>
        <source>No permissions to grant yet. Add permissions to an API resource first.</source>
        <translation>Noch keine Berechtigungen zu vergeben. Fügen Sie zuerst einer API-Ressource Berechtigungen hinzu.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::JournalPage</name>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation>Wählen Sie einen Eintrag aus, um zu sehen, was sich geändert hat.</translation>
    </message>
    <message>
        <source>(did not exist before)</source>
        <translation>(existierte vorher nicht)</translation>
    </message>
    <message>
        <source>(no longer exists)</source>
        <translation>(existiert nicht mehr)</translation>
    </message>
    <message>
        <source>Verify journal</source>
        <translation>Journal prüfen</translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation>Ältere Einträge laden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Walk the whole hash chain and report edited, deleted or reordered entries</source>
        <translation>Die ganze Hash-Kette durchgehen und veränderte, gelöschte oder umsortierte Einträge melden</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Every administrative change, hash-chained so that edits, deletions and reordering are detected.</source>
        <translation>Jede administrative Änderung, per Hash verkettet, sodass Veränderungen, Löschungen und Umsortierungen auffallen.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Could not load the journal.</source>
        <translation>Das Journal konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>in tenant &quot;%1&quot;</source>
        <translation>im Mandanten „%1“</translation>
    </message>
    <message>
        <source>in this workspace</source>
        <translation>in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>No changes recorded %1 yet.</source>
        <translation>Noch keine Änderungen %1 erfasst.</translation>
    </message>
    <message>
        <source>1 change %1.</source>
        <translation>1 Änderung %1.</translation>
    </message>
    <message>
        <source>%1 changes %2.</source>
        <translation>%1 Änderungen %2.</translation>
    </message>
    <message>
        <source>#%1 %2 by %3</source>
        <translation>Nr. %1 %2 von %3</translation>
    </message>
    <message>
        <source>Hash %1
Previous %2</source>
        <translation>Hash %1
Vorgänger %2</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Could not verify the journal.</source>
        <translation>Das Journal konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The journal does not verify: 1 problem found.</source>
        <translation>Die Prüfung des Journals schlägt fehl: 1 Problem gefunden.</translation>
    </message>
    <message>
        <source>The journal does not verify: %1 problems found.</source>
        <translation>Die Prüfung des Journals schlägt fehl: %1 Probleme gefunden.</translation>
    </message>
    <message>
        <source>Entry %1 (%2): %3</source>
        <translation>Eintrag %1 (%2): %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;The journal is intact.&lt;/b&gt; All %1 entries of the workspace are chained correctly (head %2).</source>
        <translation>&lt;b&gt;Das Journal ist unversehrt.&lt;/b&gt; Alle %1 Einträge des Arbeitsbereichs sind korrekt verkettet (Kopf %2).</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::MainWindow</name>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>API resources</source>
        <translation>API-Ressourcen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Open demo workspace</source>
        <translation>Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>Neuer Arbeitsbereich …</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>Arbeitsbereich öffnen …</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich …</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;demo workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Filter list</source>
        <translation>Liste &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Tenant</source>
        <translation>&amp;Mandant</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation>&amp;Über Gatehouse</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About Gatehouse</source>
        <translation>Über Gatehouse</translation>
    </message>
    <message>
        <source>Gatehouse %1

A native admin console for Logto-style identity platforms: applications, API resources, roles and a tamper-evident journal of every change.</source>
        <translation>Gatehouse %1

Eine native Verwaltungskonsole für Identitätsplattformen nach Art von Logto: Anwendungen, API-Ressourcen, Rollen und ein manipulationssicheres Journal jeder Änderung.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Bearbeiter: %1</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Neue Anwendung …</translation>
    </message>
    <message>
        <source>&amp;New API resource…</source>
        <translation>&amp;Neue API-Ressource …</translation>
    </message>
    <message>
        <source>&amp;New role…</source>
        <translation>&amp;Neue Rolle …</translation>
    </message>
    <message>
        <source>The workspace &quot;%1&quot; cannot be opened.</source>
        <translation>Der Arbeitsbereich „%1“ kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Could not open the workspace %1.</source>
        <translation>Der Arbeitsbereich %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain; it is kept for this session only.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden; es gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>Workspace not found</source>
        <translation>Arbeitsbereich nicht gefunden</translation>
    </message>
    <message>
        <source>There is no longer a workspace at %1. It was removed from the recent list.</source>
        <translation>Unter %1 gibt es keinen Arbeitsbereich mehr. Er wurde aus der Liste der zuletzt geöffneten entfernt.</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Der Demo-Arbeitsbereich wird angelegt …</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Could not create the demo workspace at %1.</source>
        <translation>Der Demo-Arbeitsbereich konnte unter %1 nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not fill the demo workspace.</source>
        <translation>Der Demo-Arbeitsbereich konnte nicht befüllt werden.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Neuer Benutzer …</translation>
    </message>
    <message>
        <source>A workspace holds your tenants with their applications, APIs, roles and journal: a file on this computer or a shared PostgreSQL database. Or connect to a Logto server to manage one of its tenants.</source>
        <translation>Ein Arbeitsbereich enthält Ihre Mandanten mit ihren Anwendungen, APIs, Rollen und dem Journal: eine Datei auf diesem Computer oder eine gemeinsame PostgreSQL-Datenbank. Oder verbinden Sie sich mit einem Logto-Server, um einen seiner Mandanten zu verwalten.</translation>
    </message>
    <message>
        <source>Connect to Logto…</source>
        <translation>Mit Logto verbinden …</translation>
    </message>
    <message>
        <source>Co&amp;nnections…</source>
        <translation>&amp;Verbindungen …</translation>
    </message>
    <message>
        <source>Client secret for %1</source>
        <translation>Client-Geheimnis für %1</translation>
    </message>
    <message>
        <source>No secret is saved for it.</source>
        <translation>Dafür ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>No system keychain is available here, so the secret is asked for once per session.</source>
        <translation>Hier ist kein Schlüsselbund des Systems verfügbar, daher wird das Geheimnis einmal pro Sitzung abgefragt.</translation>
    </message>
    <message>
        <source>Gatehouse needs the client secret of &quot;%1&quot; to connect.</source>
        <translation>Gatehouse braucht das Client-Geheimnis von „%1“, um sich zu verbinden.</translation>
    </message>
    <message>
        <source>The client secret could not be stored in the system keychain; it is kept for this session only.</source>
        <translation>Das Client-Geheimnis konnte nicht im Schlüsselbund des Systems gespeichert werden; es gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>A production connection: destructive actions name it and ask first.</source>
        <translation>Eine Produktionsverbindung: Zerstörende Aktionen nennen sie und fragen vorher nach.</translation>
    </message>
    <message>
        <source>A development connection.</source>
        <translation>Eine Entwicklungsverbindung.</translation>
    </message>
    <message>
        <source>Connection: %1 · tenant %2 · %3</source>
        <translation>Verbindung: %1 · Mandant %2 · %3</translation>
    </message>
    <message>
        <source>Could not connect to &quot;%1&quot; (%2).</source>
        <translation>Verbindung zu „%1“ (%2) fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::MasterDetailPage</name>
    <message>
        <source>Filter by name, type or id  (Ctrl+F)</source>
        <translation>Nach Name, Typ oder ID filtern  (Strg+F)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+N)</source>
        <translation>%1 (Strg+N)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>No tenant yet</source>
        <translation>Noch kein Mandant</translation>
    </message>
    <message>
        <source>A tenant holds applications, API resources and roles. Most teams keep one for development and one for production.</source>
        <translation>Ein Mandant enthält Anwendungen, API-Ressourcen und Rollen. Die meisten Teams haben einen für die Entwicklung und einen für die Produktion.</translation>
    </message>
    <message>
        <source>Create tenant</source>
        <translation>Mandant erstellen</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::OpenWorkspaceDialog</name>
    <message>
        <source>&amp;SQLite file on this computer</source>
        <translation>&amp;SQLite-Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>Postgre&amp;SQL server (shared with your team)</source>
        <translation>&amp;PostgreSQL-Server (gemeinsam mit Ihrem Team)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Where to create the workspace file</source>
        <translation>Wo die Datei des Arbeitsbereichs angelegt werden soll</translation>
    </message>
    <message>
        <source>An existing workspace file</source>
        <translation>Eine bestehende Datei eines Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>No system keychain answered; the password is kept for this session only.</source>
        <translation>Kein Schlüsselbund des Systems hat geantwortet; das Passwort gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Without the keychain the password is asked once per session and never written to disk.</source>
        <translation>Ohne Schlüsselbund wird das Passwort einmal pro Sitzung abgefragt und nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Stored under the workspace&apos;s address in the system keychain.</source>
        <translation>Wird unter der Adresse des Arbeitsbereichs im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Gatehouse workspaces (*.sqlite *.db);;All files (*)</source>
        <translation>Gatehouse-Arbeitsbereiche (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Unter %1 gibt es keine Datei.</translation>
    </message>
    <message>
        <source>Enter a postgres:// URL.</source>
        <translation>Geben Sie eine postgres://-URL ein.</translation>
    </message>
    <message>
        <source>&amp;Logto server (a saved connection)</source>
        <translation>&amp;Logto-Server (eine gespeicherte Verbindung)</translation>
    </message>
    <message>
        <source>Co&amp;nnections…</source>
        <translation>&amp;Verbindungen …</translation>
    </message>
    <message>
        <source>Add, edit, test or remove Logto connections</source>
        <translation>Logto-Verbindungen hinzufügen, bearbeiten, testen oder entfernen</translation>
    </message>
    <message>
        <source>No connections are saved yet: choose Connections… to add one.</source>
        <translation>Noch keine Verbindungen gespeichert: Wählen Sie „Verbindungen …“, um eine hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::PickerDialog</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Already assigned</source>
        <translation>Bereits zugewiesen</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ReasonDialog</name>
    <message>
        <source>This is a PRODUCTION tenant.</source>
        <translation>Dies ist ein PRODUKTIONS-Mandant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a PRODUCTION tenant.</source>
        <translation>„%1“ ist ein PRODUKTIONS-Mandant.</translation>
    </message>
    <message>
        <source>This changes a real person&apos;s account.</source>
        <translation>Dies ändert das Konto einer echten Person.</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Neues &amp;Passwort</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>e.g. Support ticket 4821: the account owner asked for this</source>
        <translation>z. B. Support-Ticket 4821: der Kontoinhaber hat darum gebeten</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Begründung</translation>
    </message>
    <message>
        <source>Required; recorded in the journal with your name.</source>
        <translation>Pflichtfeld; wird mit Ihrem Namen im Journal festgehalten.</translation>
    </message>
    <message>
        <source>Password %1</source>
        <translation>Passwort %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ResourceEditor</name>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>The indicator identifies the API in token requests (RFC 8707) and cannot be changed after creation.</source>
        <translation>Der Indikator identifiziert die API in Token-Anfragen (RFC 8707) und lässt sich nach dem Erstellen nicht mehr ändern.</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Änderungen speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Access &amp;token lifetime</source>
        <translation>Lebensdauer des Access-&amp;Tokens</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Fix the marked fields to save</source>
        <translation>Korrigieren Sie die markierten Felder, um zu speichern</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>API resource changed elsewhere</source>
        <translation>API-Ressource wurde anderswo geändert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else after you opened it. Reload it? Your edits will be discarded.</source>
        <translation>„%1“ wurde von jemand anderem geändert, nachdem Sie es geöffnet haben. Neu laden? Ihre Änderungen gehen dabei verloren.</translation>
    </message>
    <message>
        <source>Could not reload the API resource.</source>
        <translation>Die API-Ressource konnte nicht neu geladen werden.</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;.</source>
        <translation>„%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Default API</source>
        <translation>Standard-API</translation>
    </message>
    <message>
        <source>Access tokens requested without a resource parameter are issued for the default API. A tenant has at most one.</source>
        <translation>Access-Tokens, die ohne Parameter „resource“ angefordert werden, gelten für die Standard-API. Ein Mandant hat höchstens eine.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ResourcesPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Token lifetime</source>
        <translation>Token-Lebensdauer</translation>
    </message>
    <message>
        <source>API resources</source>
        <translation>API-Ressourcen</translation>
    </message>
    <message>
        <source>Your APIs and the permissions their access tokens can carry.</source>
        <translation>Ihre APIs und die Berechtigungen, die ihre Access-Tokens enthalten können.</translation>
    </message>
    <message>
        <source>Create API resource</source>
        <translation>API-Ressource erstellen</translation>
    </message>
    <message>
        <source>No API resources yet</source>
        <translation>Noch keine API-Ressourcen</translation>
    </message>
    <message>
        <source>Register each API that accepts access tokens, then define its permissions (scopes).</source>
        <translation>Registrieren Sie jede API, die Access-Tokens annimmt, und legen Sie dann ihre Berechtigungen (Scopes) fest.</translation>
    </message>
    <message>
        <source>Select an API resource to see its settings and permissions.</source>
        <translation>Wählen Sie eine API-Ressource aus, um ihre Einstellungen und Berechtigungen zu sehen.</translation>
    </message>
    <message>
        <source>Could not load the API resources.</source>
        <translation>Die API-Ressourcen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Discard them?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>Could not create the API resource.</source>
        <translation>Die API-Ressource konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Delete the API resource &quot;%1&quot; (%2)?</source>
        <translation>Die API-Ressource „%1“ (%2) löschen?</translation>
    </message>
    <message>
        <source>Its one permission is deleted with it, and every role loses its grant of it.</source>
        <translation>Ihre eine Berechtigung wird mit gelöscht, und jede Rolle verliert deren Vergabe.</translation>
    </message>
    <message>
        <source>Its %1 permissions are deleted with it, and every role loses its grants of them.</source>
        <translation>Ihre %1 Berechtigungen werden mit gelöscht, und jede Rolle verliert deren Vergabe.</translation>
    </message>
    <message>
        <source>It has no permissions.</source>
        <translation>Sie hat keine Berechtigungen.</translation>
    </message>
    <message>
        <source>Its permissions are deleted with it, and every role loses its grants of them.</source>
        <translation>Ihre Berechtigungen werden mit gelöscht, und jede Rolle verliert deren Vergabe.</translation>
    </message>
    <message>
        <source>Clients can no longer request tokens for it. This cannot be undone.</source>
        <translation>Clients können keine Tokens mehr für sie anfordern. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete API resource</source>
        <translation>API-Ressource löschen</translation>
    </message>
    <message>
        <source>Could not delete &quot;%1&quot;.</source>
        <translation>„%1“ konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RoleApplicationsTab</name>
    <message>
        <source>Assign to applications…</source>
        <translation>Anwendungen zuweisen …</translation>
    </message>
    <message>
        <source>Remove from application…</source>
        <translation>Von Anwendung entfernen …</translation>
    </message>
    <message>
        <source>Not assigned to any application yet.</source>
        <translation>Noch keiner Anwendung zugewiesen.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App-ID</translation>
    </message>
    <message>
        <source>Machine-to-machine applications that hold this role get its permissions in their access tokens.</source>
        <translation>Maschine-zu-Maschine-Anwendungen mit dieser Rolle erhalten ihre Berechtigungen in ihren Access-Tokens.</translation>
    </message>
    <message>
        <source>Could not load the applications of &quot;%1&quot;.</source>
        <translation>Die Anwendungen von „%1“ konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Could not load the applications.</source>
        <translation>Die Anwendungen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Assign %1 to applications</source>
        <translation>%1 Anwendungen zuweisen</translation>
    </message>
    <message>
        <source>Pick the machine-to-machine applications that get the permissions of &quot;%1&quot;.</source>
        <translation>Wählen Sie die Maschine-zu-Maschine-Anwendungen, die die Berechtigungen von „%1“ erhalten.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>This tenant has no machine-to-machine applications yet. Create one on the Applications page.</source>
        <translation>Dieser Mandant hat noch keine Maschine-zu-Maschine-Anwendungen. Legen Sie eine auf der Seite „Anwendungen“ an.</translation>
    </message>
    <message>
        <source>Could not assign &quot;%1&quot;.</source>
        <translation>„%1“ konnte nicht zugewiesen werden.</translation>
    </message>
    <message>
        <source>Remove role from application</source>
        <translation>Rolle von Anwendung entfernen</translation>
    </message>
    <message>
        <source>Remove the role &quot;%1&quot; from &quot;%2&quot;? New tokens of the application lose its permissions.</source>
        <translation>Die Rolle „%1“ von „%2“ entfernen? Neue Tokens der Anwendung verlieren ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Rolle entfernen</translation>
    </message>
    <message>
        <source>Could not remove the role from &quot;%1&quot;.</source>
        <translation>Die Rolle konnte nicht von „%1“ entfernt werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RoleEditor</name>
    <message>
        <source>Default role: assigned to every new user automatically</source>
        <translation>Standardrolle: wird jedem neuen Benutzer automatisch zugewiesen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Änderungen speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>User role: assigned to users</source>
        <translation>Benutzerrolle: wird Benutzern zugewiesen</translation>
    </message>
    <message>
        <source>Machine-to-machine role: assigned to machine-to-machine applications</source>
        <translation>Maschine-zu-Maschine-Rolle: wird Maschine-zu-Maschine-Anwendungen zugewiesen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Fix the marked fields to save</source>
        <translation>Korrigieren Sie die markierten Felder, um zu speichern</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Role changed elsewhere</source>
        <translation>Rolle wurde anderswo geändert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else after you opened it. Reload it? Your edits will be discarded.</source>
        <translation>„%1“ wurde von jemand anderem geändert, nachdem Sie es geöffnet haben. Neu laden? Ihre Änderungen gehen dabei verloren.</translation>
    </message>
    <message>
        <source>Could not reload the role.</source>
        <translation>Die Rolle konnte nicht neu geladen werden.</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;.</source>
        <translation>„%1“ konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RolePermissionsTab</name>
    <message>
        <source>Grant permissions…</source>
        <translation>Berechtigungen vergeben …</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Entziehen …</translation>
    </message>
    <message>
        <source>No permissions granted yet.</source>
        <translation>Noch keine Berechtigungen vergeben.</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Tokens issued to holders of this role carry these permissions.</source>
        <translation>Tokens für Inhaber dieser Rolle enthalten diese Berechtigungen.</translation>
    </message>
    <message>
        <source>Could not load the permissions of &quot;%1&quot;.</source>
        <translation>Die Berechtigungen von „%1“ konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Could not grant the permissions to &quot;%1&quot;.</source>
        <translation>Die Berechtigungen konnten „%1“ nicht vergeben werden.</translation>
    </message>
    <message>
        <source>Revoke permission</source>
        <translation>Berechtigung entziehen</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot; (%2) from the role &quot;%3&quot;? New tokens of everyone holding the role no longer carry it.</source>
        <translation>„%1“ (%2) der Rolle „%3“ entziehen? Neue Tokens aller Inhaber der Rolle enthalten sie dann nicht mehr.</translation>
    </message>
    <message>
        <source>Could not revoke &quot;%1&quot;.</source>
        <translation>„%1“ konnte nicht entzogen werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RolesPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Bundles of permissions for users and machine-to-machine apps.</source>
        <translation>Bündel von Berechtigungen für Benutzer und Maschine-zu-Maschine-Apps.</translation>
    </message>
    <message>
        <source>Create role</source>
        <translation>Rolle erstellen</translation>
    </message>
    <message>
        <source>No roles yet</source>
        <translation>Noch keine Rollen</translation>
    </message>
    <message>
        <source>Roles group API permissions. Assign user roles to people and machine-to-machine roles to services.</source>
        <translation>Rollen bündeln API-Berechtigungen. Weisen Sie Benutzerrollen Personen und Maschine-zu-Maschine-Rollen Diensten zu.</translation>
    </message>
    <message>
        <source>Select a role to see its permissions.</source>
        <translation>Wählen Sie eine Rolle aus, um ihre Berechtigungen zu sehen.</translation>
    </message>
    <message>
        <source>Could not load the roles.</source>
        <translation>Die Rollen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Discard them?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>Could not create the role.</source>
        <translation>Die Rolle konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Delete the role &quot;%1&quot;?</source>
        <translation>Die Rolle „%1“ löschen?</translation>
    </message>
    <message>
        <source>1 permission grant</source>
        <translation>1 Berechtigungsvergabe</translation>
    </message>
    <message>
        <source>%1 permission grants</source>
        <translation>%1 Berechtigungsvergaben</translation>
    </message>
    <message>
        <source>1 application assignment</source>
        <translation>1 Anwendungszuweisung</translation>
    </message>
    <message>
        <source>%1 application assignments</source>
        <translation>%1 Anwendungszuweisungen</translation>
    </message>
    <message>
        <source>Removed with it: %1 and %2.</source>
        <translation>Mit ihr entfernt werden: %1 und %2.</translation>
    </message>
    <message>
        <source>Removed with it: %1.</source>
        <translation>Mit ihr entfernt wird: %1.</translation>
    </message>
    <message>
        <source>Its permission grants and assignments go with it.</source>
        <translation>Ihre Berechtigungsvergaben und Zuweisungen werden mit entfernt.</translation>
    </message>
    <message>
        <source>Users who hold it lose its permissions.</source>
        <translation>Benutzer mit dieser Rolle verlieren ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>Applications that hold it lose its permissions.</source>
        <translation>Anwendungen mit dieser Rolle verlieren ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>Could not delete &quot;%1&quot;.</source>
        <translation>„%1“ konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ScopeDialog</name>
    <message>
        <source>Add permission to %1</source>
        <translation>Berechtigung zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit permission</source>
        <translation>Berechtigung bearbeiten</translation>
    </message>
    <message>
        <source>e.g. read:projects</source>
        <translation>z. B. read:projects</translation>
    </message>
    <message>
        <source>e.g. Read projects and their settings</source>
        <translation>z. B. Projekte und ihre Einstellungen lesen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Names usually read action:thing. They appear in access tokens and cannot be changed later.</source>
        <translation>Namen lauten meist aktion:ding. Sie stehen in Access-Tokens und lassen sich später nicht ändern.</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Add permission</source>
        <translation>Berechtigung hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ScopesPanel</name>
    <message>
        <source>Add permission…</source>
        <translation>Berechtigung hinzufügen …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>No permissions yet. Add the scopes that tokens for this API can carry, such as read:projects.</source>
        <translation>Noch keine Berechtigungen. Fügen Sie die Scopes hinzu, die Tokens für diese API enthalten können, etwa read:projects.</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Could not load the permissions of &quot;%1&quot;.</source>
        <translation>Die Berechtigungen von „%1“ konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Could not save the permission.</source>
        <translation>Die Berechtigung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Delete permission</source>
        <translation>Berechtigung löschen</translation>
    </message>
    <message>
        <source>Delete the permission &quot;%1&quot; of &quot;%2&quot;?
Every role that grants it loses it, and new tokens no longer carry it. This cannot be undone.</source>
        <translation>Die Berechtigung „%1“ von „%2“ löschen?
Jede Rolle, die sie vergibt, verliert sie, und neue Tokens enthalten sie nicht mehr. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Could not delete the permission &quot;%1&quot;.</source>
        <translation>Die Berechtigung „%1“ konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ScreenshotRunner</name>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Timed out while taking screenshots</source>
        <translation>Zeitüberschreitung beim Aufnehmen der Bildschirmfotos</translation>
    </message>
    <message>
        <source>The workspace has no tenants to show</source>
        <translation>Der Arbeitsbereich hat keine Mandanten zum Anzeigen</translation>
    </message>
    <message>
        <source>The page did not finish loading</source>
        <translation>Die Seite wurde nicht fertig geladen</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SecretDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Secret &quot;%1&quot;</source>
        <translation>Geheimnis „%1“</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy this secret now. It will not be shown again.&lt;/b&gt;&lt;br&gt;Gatehouse keeps only a hash of it. Store it in your secret manager; if it is lost, create a new secret and delete this one.</source>
        <translation>&lt;b&gt;Kopieren Sie dieses Geheimnis jetzt. Es wird nicht noch einmal angezeigt.&lt;/b&gt;&lt;br&gt;Gatehouse speichert nur einen Hash davon. Legen Sie es in Ihrem Passwort-Manager ab; geht es verloren, erstellen Sie ein neues Geheimnis und löschen dieses.</translation>
    </message>
    <message>
        <source>A copied secret is cleared from the clipboard after 60 seconds.</source>
        <translation>Ein kopiertes Geheimnis wird nach 60 Sekunden aus der Zwischenablage gelöscht.</translation>
    </message>
    <message>
        <source>I have stored it</source>
        <translation>Ich habe es gespeichert</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::TenantBar</name>
    <message>
        <source>&amp;Create tenant…</source>
        <translation>Mandant &amp;erstellen …</translation>
    </message>
    <message>
        <source>&amp;Rename tenant…</source>
        <translation>Mandant &amp;umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Delete tenant…</source>
        <translation>Mandant &amp;löschen …</translation>
    </message>
    <message>
        <source>The tenant you are working in</source>
        <translation>Der Mandant, in dem Sie arbeiten</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Could not load the tenants.</source>
        <translation>Die Mandanten konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>No tenants yet</source>
        <translation>Noch keine Mandanten</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>Could not create the tenant.</source>
        <translation>Der Mandant konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not rename the tenant.</source>
        <translation>Der Mandant konnte nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>Could not read the tenant.</source>
        <translation>Der Mandant konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a PRODUCTION tenant. Live users and services depend on it.</source>
        <translation>„%1“ ist ein PRODUKTIONS-Mandant. Echte Benutzer und Dienste hängen davon ab.</translation>
    </message>
    <message>
        <source>1 application</source>
        <translation>1 Anwendung</translation>
    </message>
    <message>
        <source>%1 applications</source>
        <translation>%1 Anwendungen</translation>
    </message>
    <message>
        <source>1 API resource</source>
        <translation>1 API-Ressource</translation>
    </message>
    <message>
        <source>%1 API resources</source>
        <translation>%1 API-Ressourcen</translation>
    </message>
    <message>
        <source>1 role</source>
        <translation>1 Rolle</translation>
    </message>
    <message>
        <source>%1 roles</source>
        <translation>%1 Rollen</translation>
    </message>
    <message>
        <source>Deleting the tenant &lt;b&gt;%1&lt;/b&gt; also deletes everything in it: %2 with their secrets, %3 with their permissions, %4 with their assignments, and all users of the tenant.</source>
        <translation>Das Löschen des Mandanten &lt;b&gt;%1&lt;/b&gt; löscht auch alles darin: %2 mit ihren Geheimnissen, %3 mit ihren Berechtigungen, %4 mit ihren Zuweisungen und alle Benutzer des Mandanten.</translation>
    </message>
    <message>
        <source>The journal keeps the record of the deletion. This cannot be undone.</source>
        <translation>Das Journal behält den Eintrag über die Löschung. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete tenant</source>
        <translation>Mandant löschen</translation>
    </message>
    <message>
        <source>Could not delete the tenant &quot;%1&quot;.</source>
        <translation>Der Mandant „%1“ konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>A Logto connection is one tenant: tenants are created, renamed and deleted on the Logto server (Logto Cloud or the server&apos;s own setup), not here.</source>
        <translation>Eine Logto-Verbindung ist ein Mandant: Mandanten werden auf dem Logto-Server erstellt, umbenannt und gelöscht (Logto Cloud oder die Einrichtung des Servers), nicht hier.</translation>
    </message>
    <message>
        <source>Create tenant</source>
        <translation>Mandant erstellen</translation>
    </message>
    <message>
        <source>Rename tenant</source>
        <translation>Mandant umbenennen</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::TenantDialog</name>
    <message>
        <source>&amp;Development</source>
        <translation>&amp;Entwicklung</translation>
    </message>
    <message>
        <source>&amp;Production</source>
        <translation>&amp;Produktion</translation>
    </message>
    <message>
        <source>Create tenant</source>
        <translation>Mandant erstellen</translation>
    </message>
    <message>
        <source>Rename tenant</source>
        <translation>Mandant umbenennen</translation>
    </message>
    <message>
        <source>e.g. Acme (production)</source>
        <translation>z. B. Acme (Produktion)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>For building and testing. Plain http redirect URIs are allowed for traditional web apps.</source>
        <translation>Zum Entwickeln und Testen. Einfache http-Weiterleitungs-URIs sind für klassische Web-Apps erlaubt.</translation>
    </message>
    <message>
        <source>Serves real users. Stricter rules, and every destructive action asks twice.</source>
        <translation>Bedient echte Benutzer. Strengere Regeln, und jede zerstörerische Aktion fragt doppelt nach.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::TypeToConfirmDialog</name>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::UserActions</name>
    <message>
        <source>Suspend user</source>
        <translation>Benutzer sperren</translation>
    </message>
    <message>
        <source>Suspend %1? They cannot sign in while suspended, and their refresh tokens stop working. You can unsuspend them later.</source>
        <translation>%1 sperren? Während der Sperre ist keine Anmeldung möglich, und die Refresh-Tokens werden ungültig. Sie können die Sperre später aufheben.</translation>
    </message>
    <message>
        <source>Unsuspend user</source>
        <translation>Sperre aufheben</translation>
    </message>
    <message>
        <source>Unsuspend %1? They can sign in again at once.</source>
        <translation>Die Sperre von %1 aufheben? Die Anmeldung ist sofort wieder möglich.</translation>
    </message>
    <message>
        <source>Could not suspend the user.</source>
        <translation>Der Benutzer konnte nicht gesperrt werden.</translation>
    </message>
    <message>
        <source>Could not unsuspend the user.</source>
        <translation>Die Sperre des Benutzers konnte nicht aufgehoben werden.</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort setzen</translation>
    </message>
    <message>
        <source>Set a new password for %1. The current password stops working at once; sessions that are already signed in stay signed in. Give the new password to the user through a channel you trust.</source>
        <translation>Ein neues Passwort für %1 setzen. Das aktuelle Passwort wird sofort ungültig; bereits angemeldete Sitzungen bleiben angemeldet. Geben Sie das neue Passwort über einen vertrauenswürdigen Kanal weiter.</translation>
    </message>
    <message>
        <source>Could not set the password.</source>
        <translation>Das Passwort konnte nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>Require password change</source>
        <translation>Passwortänderung verlangen</translation>
    </message>
    <message>
        <source>Require %1 to choose a new password at their next sign-in? Their current password still works once, to sign in and change it.</source>
        <translation>Von %1 bei der nächsten Anmeldung ein neues Passwort verlangen? Das aktuelle Passwort funktioniert noch einmal, um sich anzumelden und es zu ändern.</translation>
    </message>
    <message>
        <source>Stop requiring a password change</source>
        <translation>Passwortänderung nicht mehr verlangen</translation>
    </message>
    <message>
        <source>%1 will no longer be asked for a new password at their next sign-in.</source>
        <translation>%1 wird bei der nächsten Anmeldung nicht mehr nach einem neuen Passwort gefragt.</translation>
    </message>
    <message>
        <source>Stop requiring</source>
        <translation>Nicht mehr verlangen</translation>
    </message>
    <message>
        <source>Could not change the password requirement.</source>
        <translation>Die Passwortanforderung konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>Could not prepare deleting the user.</source>
        <translation>Das Löschen des Benutzers konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>the profile, custom data and sign-in identifiers</source>
        <translation>das Profil, die benutzerdefinierten Daten und die Anmeldekennungen</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>das Passwort</translation>
    </message>
    <message>
        <source>1 social identity (%1)</source>
        <translation>1 Social-Identität (%1)</translation>
    </message>
    <message>
        <source>%1 social identities (%2)</source>
        <translation>%1 Social-Identitäten (%2)</translation>
    </message>
    <message>
        <source>1 MFA factor</source>
        <translation>1 MFA-Faktor</translation>
    </message>
    <message>
        <source>%1 MFA factors</source>
        <translation>%1 MFA-Faktoren</translation>
    </message>
    <message>
        <source>1 role assignment</source>
        <translation>1 Rollenzuweisung</translation>
    </message>
    <message>
        <source>%1 role assignments</source>
        <translation>%1 Rollenzuweisungen</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? This deletes with it:</source>
        <translation>%1 (%2) löschen? Damit wird auch gelöscht:</translation>
    </message>
    <message>
        <source>The user can no longer sign in and their tokens stop working. The journal keeps a record of the deletion. &lt;b&gt;This cannot be undone.&lt;/b&gt;</source>
        <translation>Der Benutzer kann sich nicht mehr anmelden, und seine Tokens werden ungültig. Das Journal behält den Eintrag über die Löschung. &lt;b&gt;Das lässt sich nicht rückgängig machen.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not delete &quot;%1&quot;.</source>
        <translation>„%1“ konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::UserActivityTab</name>
    <message>
        <source>Load older</source>
        <translation>Ältere laden</translation>
    </message>
    <message>
        <source>Nothing recorded about this user yet.</source>
        <translation>Zu diesem Benutzer ist noch nichts erfasst.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Changes to this user from the journal, newest first.</source>
        <translation>Änderungen an diesem Benutzer aus dem Journal, neueste zuerst.</translation>
    </message>
    <message>
        <source>Could not load the activity of this user.</source>
        <translation>Die Aktivität dieses Benutzers konnte nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::UserCustomDataTab</name>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formatieren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Indent the JSON</source>
        <translation>Das JSON einrücken</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Änderungen speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Any JSON object your applications keep about this user (plan, preferences, external ids).</source>
        <translation>Ein beliebiges JSON-Objekt, das Ihre Anwendungen zu diesem Benutzer speichern (Tarif, Einstellungen, externe IDs).</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Must be a JSON object, e.g. { &quot;plan&quot;: &quot;pro&quot; }</source>
        <translation>Muss ein JSON-Objekt sein, z. B. { &quot;plan&quot;: &quot;pro&quot; }</translation>
    </message>
    <message>
        <source>Custom data %1</source>
        <translation>Benutzerdefinierte Daten %1</translation>
    </message>
    <message>
        <source>Valid JSON object</source>
        <translation>Gültiges JSON-Objekt</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Fix the JSON to save</source>
        <translation>Korrigieren Sie das JSON, um zu speichern</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>User changed elsewhere</source>
        <translation>Benutzer wurde anderswo geändert</translation>
    </message>
    <message>
        <source>This user was changed by someone else after you opened it. Reload it? Your edits on this tab will be discarded.</source>
        <translation>Dieser Benutzer wurde von jemand anderem geändert, nachdem Sie ihn geöffnet haben. Neu laden? Ihre Änderungen in diesem Reiter gehen dabei verloren.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The custom data was not saved.</source>
        <translation>Die benutzerdefinierten Daten wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Could not save the custom data.</source>
        <translation>Die benutzerdefinierten Daten konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::UserDetail</name>
    <message>
        <source>Set password…</source>
        <translation>Passwort setzen …</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Password change required</source>
        <translation>Passwortänderung verlangt</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the user ID</source>
        <translation>Die Benutzer-ID kopieren</translation>
    </message>
    <message>
        <source>Delete this user (Del in the list)</source>
        <translation>Diesen Benutzer löschen (Entf in der Liste)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Custom data</source>
        <translation>Benutzerdefinierte Daten</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Could not load the user.</source>
        <translation>Der Benutzer konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Passwort gesetzt</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>Kein Passwort</translation>
    </message>
    <message>
        <source>Algorithm: %1</source>
        <translation>Algorithmus: %1</translation>
    </message>
    <message>
        <source>Signs in without a password</source>
        <translation>Meldet sich ohne Passwort an</translation>
    </message>
    <message>
        <source>No MFA</source>
        <translation>Keine MFA</translation>
    </message>
    <message>
        <source>MFA: 1 factor</source>
        <translation>MFA: 1 Faktor</translation>
    </message>
    <message>
        <source>MFA: %1 factors</source>
        <translation>MFA: %1 Faktoren</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Unsuspend…</source>
        <translation>Sperre aufheben …</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>Sperren …</translation>
    </message>
    <message>
        <source>Stop requiring password change…</source>
        <translation>Passwortänderung nicht mehr verlangen …</translation>
    </message>
    <message>
        <source>Require password change…</source>
        <translation>Passwortänderung verlangen …</translation>
    </message>
    <message>
        <source>The user has no password</source>
        <translation>Der Benutzer hat kein Passwort</translation>
    </message>
    <message>
        <source>This connection&apos;s server cannot require a password change.</source>
        <translation>Der Server dieser Verbindung kann keine Passwortänderung verlangen.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::UserExportDialog</name>
    <message>
        <source>Only users &amp;matching the current search and filters</source>
        <translation>Nur Benutzer, die zur aktuellen Suche und den Filtern &amp;passen</translation>
    </message>
    <message>
        <source>Include password &amp;digests</source>
        <translation>Passwort-&amp;Digests einschließen</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>Where to save the file</source>
        <translation>Wo die Datei gespeichert werden soll</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>The list shows every user: no search or filter is set.</source>
        <translation>Die Liste zeigt alle Benutzer: keine Suche und kein Filter gesetzt.</translation>
    </message>
    <message>
        <source>Password digests let anyone with the file try to crack the passwords offline. Include them only to move users to another system, keep the file encrypted and delete it afterwards. The journal records that digests were exported.</source>
        <translation>Mit Passwort-Digests kann jeder, der die Datei hat, offline versuchen, die Passwörter zu knacken. Schließen Sie sie nur ein, um Benutzer in ein anderes System zu übertragen, halten Sie die Datei verschlüsselt und löschen Sie sie danach. Das Journal hält fest, dass Digests exportiert wurden.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl *.ndjson)</source>
        <translation>JSON-Lines-Dateien (*.jsonl *.ndjson)</translation>
    </message>
    <message>
        <source>Export users to</source>
        <translation>Benutzer exportieren nach</translation>
    </message>
    <message>
        <source>Counting users…</source>
        <translation>Benutzer werden gezählt …</translation>
    </message>
    <message>
        <source>Could not count the users: %1</source>
        <translation>Die Benutzer konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>%1 will be exported.</source>
        <translation>%1 werden exportiert.</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>Abgebrochen. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (%3) in %4 s.</source>
        <translation>%1 nach %2 exportiert (%3) in %4 s.</translation>
    </message>
    <message>
        <source>The file contains password digests: keep it safe.</source>
        <translation>Die Datei enthält Passwort-Digests: bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>This connection&apos;s server never hands out password digests.</source>
        <translation>Der Server dieser Verbindung gibt niemals Passwort-Digests heraus.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::UserFilterPanel</name>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>With password</source>
        <translation>Mit Passwort</translation>
    </message>
    <message>
        <source>Without password</source>
        <translation>Ohne Passwort</translation>
    </message>
    <message>
        <source>With MFA</source>
        <translation>Mit MFA</translation>
    </message>
    <message>
        <source>Without MFA</source>
        <translation>Ohne MFA</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Jede Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>This connection&apos;s server cannot filter users by status, password, MFA or dates.</source>
        <translation>Der Server dieser Verbindung kann Benutzer nicht nach Status, Passwort, MFA oder Datum filtern.</translation>
    </message>
    <message>
        <source>This connection&apos;s server cannot filter users by role.</source>
        <translation>Der Server dieser Verbindung kann Benutzer nicht nach Rolle filtern.</translation>
    </message>
    <message>
        <source>Search and the role filter work.</source>
        <translation>Suche und Rollenfilter funktionieren.</translation>
    </message>
    <message>
        <source>Search works.</source>
        <translation>Die Suche funktioniert.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::UserIdentitiesTab</name>
    <message>
        <source>No social or enterprise identities: this user signs in with Gatehouse identifiers only.</source>
        <translation>Keine Social- oder Unternehmensidentitäten: dieser Benutzer meldet sich nur mit Gatehouse-Kennungen an.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>User ID at provider</source>
        <translation>Benutzer-ID beim Anbieter</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::UserImportDialog</name>
    <message>
        <source>&amp;All or nothing: import only if every row is valid</source>
        <translation>&amp;Alles oder nichts: nur importieren, wenn jede Zeile gültig ist</translation>
    </message>
    <message>
        <source>&amp;Skip invalid rows: import the valid ones, report the others</source>
        <translation>Ungültige Zeilen ü&amp;berspringen: die gültigen importieren, die anderen melden</translation>
    </message>
    <message>
        <source>&amp;Dry run (validate only, write nothing)</source>
        <translation>&amp;Probelauf (nur prüfen, nichts schreiben)</translation>
    </message>
    <message>
        <source>Hashing passwords — this is slow on purpose (Argon2id).</source>
        <translation>Passwörter werden gehasht – das ist absichtlich langsam (Argon2id).</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Bericht speichern …</translation>
    </message>
    <message>
        <source>Start import</source>
        <translation>Import starten</translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>Importbericht speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>&lt;b&gt;&quot;%1&quot; is a PRODUCTION tenant.&lt;/b&gt; Imported users can sign in at once.</source>
        <translation>&lt;b&gt;„%1“ ist ein PRODUKTIONS-Mandant.&lt;/b&gt; Importierte Benutzer können sich sofort anmelden.</translation>
    </message>
    <message>
        <source>Choose a .csv, .json or .jsonl file</source>
        <translation>Wählen Sie eine .csv-, .json- oder .jsonl-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert …</translation>
    </message>
    <message>
        <source>Import users from</source>
        <translation>Benutzer importieren aus</translation>
    </message>
    <message>
        <source>User files (*.csv *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>Benutzerdateien (*.csv *.json *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the first records…</source>
        <translation>Die ersten Datensätze werden gelesen …</translation>
    </message>
    <message>
        <source>Detected from the file</source>
        <translation>Aus der Datei erkannt</translation>
    </message>
    <message>
        <source>Detected %1; reading as %2</source>
        <translation>%1 erkannt; wird als %2 gelesen</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>No records found.</source>
        <translation>Keine Datensätze gefunden.</translation>
    </message>
    <message>
        <source>First %1 records of %2 (%3).</source>
        <translation>Die ersten %1 Datensätze von %2 (%3).</translation>
    </message>
    <message>
        <source>All %1 records of %2 (%3).</source>
        <translation>Alle %1 Datensätze von %2 (%3).</translation>
    </message>
    <message>
        <source>1 of them has problems (highlighted; hover for details).</source>
        <translation>1 davon hat Probleme (hervorgehoben; Details beim Überfahren).</translation>
    </message>
    <message>
        <source>%1 of them have problems (highlighted; hover for details).</source>
        <translation>%1 davon haben Probleme (hervorgehoben; Details beim Überfahren).</translation>
    </message>
    <message>
        <source>The file cannot be read past this point: %1</source>
        <translation>Die Datei kann ab dieser Stelle nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 rows · %2 rows/s</source>
        <translation>%1 Zeilen · %2 Zeilen/s</translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>Der Import konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Cancelled. %1 users were imported before cancelling.</source>
        <translation>Abgebrochen. Vor dem Abbruch wurden %1 Benutzer importiert.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Abgebrochen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Stopped at a file error after importing %1 users.</source>
        <translation>Nach dem Import von %1 Benutzern an einem Dateifehler angehalten.</translation>
    </message>
    <message>
        <source>Stopped at a file error. Nothing was imported.</source>
        <translation>An einem Dateifehler angehalten. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Dry run: all %1 rows are valid. Nothing was written.</source>
        <translation>Probelauf: alle %1 Zeilen sind gültig. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 rows have problems. Nothing was written.</source>
        <translation>Probelauf: %1 von %2 Zeilen haben Probleme. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows have problems (all or nothing).</source>
        <translation>Es wurde nichts importiert: %1 von %2 Zeilen haben Probleme (alles oder nichts).</translation>
    </message>
    <message>
        <source>Imported %1 users; %2 invalid rows were skipped.</source>
        <translation>%1 Benutzer importiert; %2 ungültige Zeilen wurden übersprungen.</translation>
    </message>
    <message>
        <source>Imported %1 users.</source>
        <translation>%1 Benutzer importiert.</translation>
    </message>
    <message>
        <source>(%1 s)</source>
        <translation>(%1 s)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::UserMfaTab</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <source>No MFA factors: this user signs in with one factor only.</source>
        <translation>Keine MFA-Faktoren: dieser Benutzer meldet sich mit nur einem Faktor an.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Remove the selected factor, e.g. after the user lost their device</source>
        <translation>Den ausgewählten Faktor entfernen, z. B. wenn der Benutzer sein Gerät verloren hat</translation>
    </message>
    <message>
        <source>Could not load the MFA factors of this user.</source>
        <translation>Die MFA-Faktoren dieses Benutzers konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Remove MFA factor</source>
        <translation>MFA-Faktor entfernen</translation>
    </message>
    <message>
        <source>Remove the %1 factor &lt;b&gt;%2&lt;/b&gt; of &lt;b&gt;%3&lt;/b&gt;? The user can no longer sign in with it and may be asked to set up a new one.</source>
        <translation>Den %1-Faktor &lt;b&gt;%2&lt;/b&gt; von &lt;b&gt;%3&lt;/b&gt; entfernen? Der Benutzer kann sich damit nicht mehr anmelden und wird eventuell gebeten, einen neuen einzurichten.</translation>
    </message>
    <message>
        <source>Remove factor</source>
        <translation>Faktor entfernen</translation>
    </message>
    <message>
        <source>Could not remove the MFA factor.</source>
        <translation>Der MFA-Faktor konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::UserProfileTab</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Sign-in identifiers</source>
        <translation>Anmeldekennungen</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>Primary &amp;email</source>
        <translation>Primäre &amp;E-Mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Primary &amp;phone</source>
        <translation>Primäres &amp;Telefon</translation>
    </message>
    <message>
        <source>+1 555 010 1234</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Avatar URL</source>
        <translation>&amp;Avatar-URL</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Preferred username</source>
        <translation>Bevorzugter Benutzername</translation>
    </message>
    <message>
        <source>Profile page</source>
        <translation>Profilseite</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Birthdate</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Änderungen speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Fix the marked fields to save</source>
        <translation>Korrigieren Sie die markierten Felder, um zu speichern</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Not saved: fix the marked fields</source>
        <translation>Nicht gespeichert: korrigieren Sie die markierten Felder</translation>
    </message>
    <message>
        <source>User changed elsewhere</source>
        <translation>Benutzer wurde anderswo geändert</translation>
    </message>
    <message>
        <source>This user was changed by someone else after you opened it. Reload it? Your edits on this tab will be discarded.</source>
        <translation>Dieser Benutzer wurde von jemand anderem geändert, nachdem Sie ihn geöffnet haben. Neu laden? Ihre Änderungen in diesem Reiter gehen dabei verloren.</translation>
    </message>
    <message>
        <source>Could not save the user.</source>
        <translation>Der Benutzer konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::UserRolesTab</name>
    <message>
        <source>Assign roles…</source>
        <translation>Rollen zuweisen …</translation>
    </message>
    <message>
        <source>Remove role…</source>
        <translation>Rolle entfernen …</translation>
    </message>
    <message>
        <source>No roles assigned: this user&apos;s tokens carry no role permissions.</source>
        <translation>Keine Rollen zugewiesen: die Tokens dieses Benutzers enthalten keine Rollenberechtigungen.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>User roles grant this user the permissions of their API resources.</source>
        <translation>Benutzerrollen geben diesem Benutzer die Berechtigungen ihrer API-Ressourcen.</translation>
    </message>
    <message>
        <source>Could not load the roles of this user.</source>
        <translation>Die Rollen dieses Benutzers konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Could not load the roles.</source>
        <translation>Die Rollen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Assign roles to %1</source>
        <translation>Rollen an %1 zuweisen</translation>
    </message>
    <message>
        <source>Pick the user roles whose permissions &quot;%1&quot; gets.</source>
        <translation>Wählen Sie die Benutzerrollen, deren Berechtigungen „%1“ erhält.</translation>
    </message>
    <message>
        <source>Assign roles</source>
        <translation>Rollen zuweisen</translation>
    </message>
    <message>
        <source>This tenant has no user roles yet. Create one on the Roles page.</source>
        <translation>Dieser Mandant hat noch keine Benutzerrollen. Legen Sie eine auf der Seite „Rollen“ an.</translation>
    </message>
    <message>
        <source>Could not assign the roles to &quot;%1&quot;.</source>
        <translation>Die Rollen konnten „%1“ nicht zugewiesen werden.</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Rolle entfernen</translation>
    </message>
    <message>
        <source>Remove the role &quot;%1&quot; from &quot;%2&quot;? New tokens of this user lose its permissions.</source>
        <translation>Die Rolle „%1“ von „%2“ entfernen? Neue Tokens dieses Benutzers verlieren ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>Could not remove the role &quot;%1&quot;.</source>
        <translation>Die Rolle „%1“ konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::UsersPage</name>
    <message>
        <source>Create user</source>
        <translation>Benutzer erstellen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>No users match the search and filters.</source>
        <translation>Keine Benutzer passen zur Suche und zu den Filtern.</translation>
    </message>
    <message>
        <source>Select a user to see their profile, roles, MFA and activity.</source>
        <translation>Wählen Sie einen Benutzer aus, um Profil, Rollen, MFA und Aktivität zu sehen.</translation>
    </message>
    <message>
        <source>Create user (Ctrl+N)</source>
        <translation>Benutzer erstellen (Strg+N)</translation>
    </message>
    <message>
        <source>Import users from a CSV, JSON or JSON Lines file</source>
        <translation>Benutzer aus einer CSV-, JSON- oder JSON-Lines-Datei importieren</translation>
    </message>
    <message>
        <source>Export users to a CSV, JSON or JSON Lines file</source>
        <translation>Benutzer in eine CSV-, JSON- oder JSON-Lines-Datei exportieren</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>The people who sign in to your applications.</source>
        <translation>Die Personen, die sich bei Ihren Anwendungen anmelden.</translation>
    </message>
    <message>
        <source>Sort by clicking Created, Username, Email or Last sign-in</source>
        <translation>Sortieren per Klick auf Erstellt, Benutzername, E-Mail oder Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Search by email, phone, username, name or id</source>
        <translation>Nach E-Mail, Telefon, Benutzername, Name oder ID suchen</translation>
    </message>
    <message>
        <source>Search as you type (Ctrl+F)</source>
        <translation>Suche während der Eingabe (Strg+F)</translation>
    </message>
    <message>
        <source>Filter by status, password, MFA, role and dates</source>
        <translation>Nach Status, Passwort, MFA, Rolle und Datum filtern</translation>
    </message>
    <message>
        <source>Could not load the roles for the role filter.</source>
        <translation>Die Rollen für den Rollenfilter konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message>
        <source>The users are being counted in the background</source>
        <translation>Die Benutzer werden im Hintergrund gezählt</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 gefunden</translation>
    </message>
    <message>
        <source>Could not load the users.</source>
        <translation>Die Benutzer konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filter (%1)</translation>
    </message>
    <message>
        <source>No tenant yet</source>
        <translation>Noch kein Mandant</translation>
    </message>
    <message>
        <source>A tenant holds users, applications, API resources and roles. Most teams keep one for development and one for production.</source>
        <translation>Ein Mandant enthält Benutzer, Anwendungen, API-Ressourcen und Rollen. Die meisten Teams haben einen für die Entwicklung und einen für die Produktion.</translation>
    </message>
    <message>
        <source>Create tenant</source>
        <translation>Mandant erstellen</translation>
    </message>
    <message>
        <source>No users yet</source>
        <translation>Noch keine Benutzer</translation>
    </message>
    <message>
        <source>Create users one by one, or import them from a CSV, JSON or JSON Lines export of another system with Import….</source>
        <translation>Legen Sie Benutzer einzeln an oder importieren Sie sie mit „Importieren …“ aus einem CSV-, JSON- oder JSON-Lines-Export eines anderen Systems.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Discard them?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>Could not create the user.</source>
        <translation>Der Benutzer konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>This connection&apos;s server cannot filter users; search works.</source>
        <translation>Der Server dieser Verbindung kann Benutzer nicht filtern; die Suche funktioniert.</translation>
    </message>
    <message>
        <source>Filter by role (this connection&apos;s server cannot filter by status, password, MFA or dates)</source>
        <translation>Nach Rolle filtern (der Server dieser Verbindung kann nicht nach Status, Passwort, MFA oder Datum filtern)</translation>
    </message>
    <message>
        <source>Newest first: this connection&apos;s server cannot sort users in another order.</source>
        <translation>Neueste zuerst: Der Server dieser Verbindung kann Benutzer nicht anders sortieren.</translation>
    </message>
</context>
<context>
    <name>gatehouse::validation</name>
    <message>
        <source>is too long (at most 128 characters)</source>
        <translation>ist zu lang (höchstens 128 Zeichen)</translation>
    </message>
    <message>
        <source>must start with a letter or underscore and contain only letters, digits and underscores</source>
        <translation>muss mit einem Buchstaben oder Unterstrich beginnen und darf nur Buchstaben, Ziffern und Unterstriche enthalten</translation>
    </message>
    <message>
        <source>is too long (at most 254 characters)</source>
        <translation>ist zu lang (höchstens 254 Zeichen)</translation>
    </message>
    <message>
        <source>is not a valid email address (expected name@example.com)</source>
        <translation>ist keine gültige E-Mail-Adresse (erwartet: name@example.com)</translation>
    </message>
    <message>
        <source>contains invalid characters</source>
        <translation>enthält ungültige Zeichen</translation>
    </message>
    <message>
        <source>is not a valid phone number (digits with an optional leading +, e.g. +1 555 010 1234)</source>
        <translation>ist keine gültige Telefonnummer (Ziffern mit optionalem führendem +, z. B. +49 30 1234567)</translation>
    </message>
    <message>
        <source>must have 7 to 15 digits (E.164)</source>
        <translation>muss 7 bis 15 Ziffern haben (E.164)</translation>
    </message>
    <message>
        <source>must be at least 8 characters</source>
        <translation>muss mindestens 8 Zeichen lang sein</translation>
    </message>
    <message>
        <source>is too long (at most 256 characters)</source>
        <translation>ist zu lang (höchstens 256 Zeichen)</translation>
    </message>
    <message>
        <source>must be an http(s) URL of an image</source>
        <translation>muss eine http(s)-URL eines Bildes sein</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be an object (formatted, streetAddress, locality, region, postalCode, country)</source>
        <translation>muss ein Objekt sein (formatted, streetAddress, locality, region, postalCode, country)</translation>
    </message>
    <message>
        <source>is not a standard profile claim; put it in customData instead</source>
        <translation>ist kein Standard-Profil-Claim; legen Sie ihn stattdessen in customData ab</translation>
    </message>
    <message>
        <source>is too large (%1 bytes; at most 64 KiB)</source>
        <translation>ist zu groß (%1 Byte; höchstens 64 KiB)</translation>
    </message>
    <message>
        <source>must be between %1 and %2 %3</source>
        <translation>muss zwischen %1 und %2 %3 liegen</translation>
    </message>
    <message>
        <source>at most %1 URIs are allowed</source>
        <translation>höchstens %1 URIs sind erlaubt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ steht doppelt in der Liste</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is too long (%1 characters; at most %2)</source>
        <translation>ist zu lang (%1 Zeichen; höchstens %2)</translation>
    </message>
    <message>
        <source>contains broken text (invalid UTF-8?)</source>
        <translation>enthält fehlerhaften Text (ungültiges UTF-8?)</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>is too long (at most %1 characters)</source>
        <translation>ist zu lang (höchstens %1 Zeichen)</translation>
    </message>
    <message>
        <source>must not contain spaces</source>
        <translation>darf keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>must be an absolute URI such as https://app.example.com/callback</source>
        <translation>muss eine absolute URI sein, etwa https://app.example.com/callback</translation>
    </message>
    <message>
        <source>must not contain a fragment (#...)</source>
        <translation>darf kein Fragment (#...) enthalten</translation>
    </message>
    <message>
        <source>must name a host, as in https://app.example.com/callback</source>
        <translation>muss einen Host nennen, wie in https://app.example.com/callback</translation>
    </message>
    <message>
        <source>must name a host, as in http://localhost:3000/callback</source>
        <translation>muss einen Host nennen, wie in http://localhost:3000/callback</translation>
    </message>
    <message>
        <source>must use https: plain http is allowed only for localhost, or for traditional web apps in a development tenant</source>
        <translation>muss https verwenden: einfaches http ist nur für localhost erlaubt oder für klassische Web-Apps in einem Entwicklungsmandanten</translation>
    </message>
    <message>
        <source>must use https: plain http is allowed only for localhost (127.0.0.1, ::1)</source>
        <translation>muss https verwenden: einfaches http ist nur für localhost erlaubt (127.0.0.1, ::1)</translation>
    </message>
    <message>
        <source>has an invalid scheme</source>
        <translation>hat ein ungültiges Schema</translation>
    </message>
    <message>
        <source>must not use the %1: scheme</source>
        <translation>darf das Schema %1: nicht verwenden</translation>
    </message>
    <message>
        <source>must start with https:// (custom schemes such as com.example.app:/ are allowed only for native apps)</source>
        <translation>muss mit https:// beginnen (eigene Schemata wie com.example.app:/ sind nur für native Apps erlaubt)</translation>
    </message>
    <message>
        <source>must be an origin such as https://app.example.com</source>
        <translation>muss ein Ursprung sein, etwa https://app.example.com</translation>
    </message>
    <message>
        <source>must be an origin only (scheme, host and port), without a path</source>
        <translation>darf nur ein Ursprung sein (Schema, Host und Port), ohne Pfad</translation>
    </message>
    <message>
        <source>must be an absolute URI such as https://api.example.com</source>
        <translation>muss eine absolute URI sein, etwa https://api.example.com</translation>
    </message>
    <message>
        <source>must not contain a fragment (#...) (RFC 8707)</source>
        <translation>darf kein Fragment (#...) enthalten (RFC 8707)</translation>
    </message>
    <message>
        <source>must name a host, as in https://api.example.com</source>
        <translation>muss einen Host nennen, wie in https://api.example.com</translation>
    </message>
    <message>
        <source>%1 applications do not sign users in through a browser, so they have no redirect URIs</source>
        <translation>%1-Anwendungen melden Benutzer nicht über einen Browser an und haben daher keine Weiterleitungs-URIs</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>only apps that sign users in can be third-party apps</source>
        <translation>nur Apps, die Benutzer anmelden, können Drittanbieter-Apps sein</translation>
    </message>
    <message>
        <source>may contain only visible ASCII characters without spaces, quotes or backslashes (e.g. read:projects)</source>
        <translation>darf nur sichtbare ASCII-Zeichen ohne Leerzeichen, Anführungszeichen oder Backslashes enthalten (z. B. read:projects)</translation>
    </message>
    <message>
        <source>only user roles can be default roles</source>
        <translation>nur Benutzerrollen können Standardrollen sein</translation>
    </message>
</context>
</TS>
