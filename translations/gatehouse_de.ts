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
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Discard them?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
</context>
<context>
    <name>OrganizationText</name>
    <message>
        <source>1 member</source>
        <translation>1 Mitglied</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 Mitglieder</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>invitation status</comment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>invitation status</comment>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>invitation status</comment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <comment>invitation status</comment>
        <translation>Widerrufen</translation>
    </message>
</context>
<context>
    <name>SignInText</name>
    <message>
        <source>Authenticator app (TOTP)</source>
        <translation>Authenticator-App (TOTP)</translation>
    </message>
    <message>
        <source>Passkeys and security keys (WebAuthn)</source>
        <translation>Passkeys und Sicherheitsschlüssel (WebAuthn)</translation>
    </message>
    <message>
        <source>Backup codes</source>
        <translation>Backup-Codes</translation>
    </message>
    <message>
        <source>Email verification code</source>
        <translation>Bestätigungscode per E-Mail</translation>
    </message>
    <message>
        <source>SMS verification code</source>
        <translation>Bestätigungscode per SMS</translation>
    </message>
    <message>
        <source>Six-digit codes from an app such as Google Authenticator, Microsoft Authenticator or 1Password.</source>
        <translation>Sechsstellige Codes aus einer App wie Google Authenticator, Microsoft Authenticator oder 1Password.</translation>
    </message>
    <message>
        <source>The device&apos;s fingerprint or face unlock, or a hardware key such as a YubiKey.</source>
        <translation>Fingerabdruck- oder Gesichtsentsperrung des Geräts oder ein Hardwareschlüssel wie ein YubiKey.</translation>
    </message>
    <message>
        <source>One-time recovery codes for when the other factor is lost. A fallback only: it cannot be the only factor.</source>
        <translation>Einmalige Wiederherstellungscodes für den Fall, dass der andere Faktor verloren geht. Nur als Rückfalloption: Sie können nicht der einzige Faktor sein.</translation>
    </message>
    <message>
        <source>A code sent to the person&apos;s verified email address.</source>
        <translation>Ein Code, der an die bestätigte E-Mail-Adresse der Person gesendet wird.</translation>
    </message>
    <message>
        <source>A code sent by text message to the person&apos;s verified phone number.</source>
        <translation>Ein Code, der per SMS an die bestätigte Telefonnummer der Person gesendet wird.</translation>
    </message>
    <message>
        <source>Required for everyone</source>
        <translation>Für alle verpflichtend</translation>
    </message>
    <message>
        <source>Optional, suggested at sign-up and sign-in</source>
        <translation>Optional, bei Registrierung und Anmeldung vorgeschlagen</translation>
    </message>
    <message>
        <source>Optional, suggested at sign-in</source>
        <translation>Optional, bei der Anmeldung vorgeschlagen</translation>
    </message>
    <message>
        <source>Optional, never suggested</source>
        <translation>Optional, nie vorgeschlagen</translation>
    </message>
    <message>
        <source>Left to each person (legacy)</source>
        <translation>Jeder Person selbst überlassen (veraltet)</translation>
    </message>
    <message>
        <source>Everyone must set up a factor and use it at every sign-in. Needs at least one factor.</source>
        <translation>Alle müssen einen Faktor einrichten und ihn bei jeder Anmeldung verwenden. Erfordert mindestens einen Faktor.</translation>
    </message>
    <message>
        <source>People are asked to set up a factor when they create their account and when they sign in without one; they may skip.</source>
        <translation>Personen werden beim Anlegen ihres Kontos und bei einer Anmeldung ohne Faktor gebeten, einen Faktor einzurichten; sie können dies überspringen.</translation>
    </message>
    <message>
        <source>People who sign in without a factor are asked to set one up; they may skip. Sign-up does not ask.</source>
        <translation>Personen, die sich ohne Faktor anmelden, werden gebeten, einen einzurichten; sie können dies überspringen. Bei der Registrierung wird nicht gefragt.</translation>
    </message>
    <message>
        <source>Nobody is asked. People set up a factor in their account if they want one; once set up, it is used at sign-in.</source>
        <translation>Niemand wird gefragt. Personen richten bei Bedarf in ihrem Konto einen Faktor ein; sobald er eingerichtet ist, wird er bei der Anmeldung verwendet.</translation>
    </message>
    <message>
        <source>Logto&apos;s earlier default: people decide for themselves whether to use MFA.</source>
        <translation>Früherer Standard von Logto: Personen entscheiden selbst, ob sie MFA verwenden.</translation>
    </message>
    <message>
        <source>Ask members to set up MFA at sign-in</source>
        <translation>Mitglieder bei der Anmeldung bitten, MFA einzurichten</translation>
    </message>
    <message>
        <source>Do not ask; block the organization until they do</source>
        <translation>Nicht fragen; die Organisation blockieren, bis sie MFA einrichten</translation>
    </message>
    <message>
        <source>A member of such an organization who has no factor must set one up when signing in, and then gets the organization&apos;s tokens.</source>
        <translation>Ein Mitglied einer solchen Organisation ohne Faktor muss bei der Anmeldung einen einrichten und erhält dann die Tokens der Organisation.</translation>
    </message>
    <message>
        <source>A member without MFA can still sign in, but gets no token for the organization until they set up MFA in their account.</source>
        <translation>Ein Mitglied ohne MFA kann sich weiterhin anmelden, erhält aber kein Token für die Organisation, bis es in seinem Konto MFA einrichtet.</translation>
    </message>
</context>
<context>
    <name>SsoText</name>
    <message>
        <source>OpenID Connect</source>
        <translation>OpenID Connect</translation>
    </message>
    <message>
        <source>SAML</source>
        <translation>SAML</translation>
    </message>
    <message>
        <source>Microsoft Entra ID (SAML)</source>
        <translation>Microsoft Entra ID (SAML)</translation>
    </message>
    <message>
        <source>Microsoft Entra ID (OIDC)</source>
        <translation>Microsoft Entra ID (OIDC)</translation>
    </message>
    <message>
        <source>Google Workspace</source>
        <translation>Google Workspace</translation>
    </message>
    <message>
        <source>Okta</source>
        <translation>Okta</translation>
    </message>
    <message>
        <source>Any OpenID Connect identity provider: issuer URL, client ID and client secret.</source>
        <translation>Beliebiger OpenID-Connect-Identitätsanbieter: Aussteller-URL, Client-ID und Client-Geheimnis.</translation>
    </message>
    <message>
        <source>Any SAML 2.0 identity provider: its metadata, or entity ID, sign-on URL and certificate.</source>
        <translation>Beliebiger SAML-2.0-Identitätsanbieter: seine Metadaten oder Entitäts-ID, Anmelde-URL und Zertifikat.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID (formerly Azure AD) over SAML: use the app&apos;s federation metadata.</source>
        <translation>Microsoft Entra ID (früher Azure AD) über SAML: Verwenden Sie die Verbundmetadaten der App.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID (formerly Azure AD) over OpenID Connect: an app registration&apos;s issuer, client ID and secret.</source>
        <translation>Microsoft Entra ID (früher Azure AD) über OpenID Connect: Aussteller, Client-ID und Geheimnis einer App-Registrierung.</translation>
    </message>
    <message>
        <source>Google Workspace accounts: an OAuth client of the customer&apos;s Google Cloud project.</source>
        <translation>Google-Workspace-Konten: ein OAuth-Client im Google-Cloud-Projekt des Kunden.</translation>
    </message>
    <message>
        <source>Okta over OpenID Connect: the Okta organization URL and an app integration&apos;s client.</source>
        <translation>Okta über OpenID Connect: die URL der Okta-Organisation und der Client einer App-Integration.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
</context>
<context>
    <name>TemplateConfirmation</name>
    <message>
        <source>This changes the template of every organization of the tenant.</source>
        <translation>Dies ändert die Vorlage aller Organisationen des Mandanten.</translation>
    </message>
    <message>
        <source>No organization uses the template yet.</source>
        <translation>Noch keine Organisation verwendet die Vorlage.</translation>
    </message>
    <message>
        <source>This changes the template of the tenant&apos;s 1 organization.</source>
        <translation>Dies ändert die Vorlage der einen Organisation des Mandanten.</translation>
    </message>
    <message>
        <source>This changes the template of all %1 organizations.</source>
        <translation>Dies ändert die Vorlage aller %1 Organisationen.</translation>
    </message>
    <message>
        <source>Members and applications of each of them get (or lose) what the change grants.</source>
        <translation>Mitglieder und Anwendungen jeder dieser Organisationen erhalten (oder verlieren), was die Änderung gewährt.</translation>
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
        <source>contains a NUL character</source>
        <translation>enthält ein NUL-Zeichen</translation>
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
    <name>gatehouse::Failure</name>
    <message>
        <source>%1 was changed by someone else after you opened it. Your changes were not saved; reload to see the current version.</source>
        <translation>%1 wurde von jemand anderem geändert, nachdem Sie es geöffnet haben. Ihre Änderungen wurden nicht gespeichert; laden Sie neu, um den aktuellen Stand zu sehen.</translation>
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
    <message>
        <source>Entry %1 (%2) by %3 is not sealed, although %3 sealed earlier entries: it was forged, or written by Gatehouse where %3&apos;s journal key was not available.</source>
        <translation>Eintrag %1 (%2) von %3 ist nicht versiegelt, obwohl %3 frühere Einträge versiegelt hat: Er wurde gefälscht oder von Gatehouse dort geschrieben, wo der Journalschlüssel von %3 nicht verfügbar war.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) carries a seal of key %3 that does not hold: it was written, or the journal before it rewritten, without that key.</source>
        <translation>Eintrag %1 (%2) trägt ein Siegel des Schlüssels %3, das nicht stimmt: Er wurde ohne diesen Schlüssel geschrieben, oder das Journal davor wurde ohne ihn neu geschrieben.</translation>
    </message>
    <message>
        <source>No journal key on this machine: only the unkeyed chain was checked, which anyone who can write the database can recompute.</source>
        <translation>Kein Journalschlüssel auf diesem Rechner: Nur die Kette ohne Schlüssel wurde geprüft, die jeder neu berechnen kann, der in die Datenbank schreiben darf.</translation>
    </message>
    <message>
        <source>This machine sealed entry %1, but the journal has no entry %1 any more (it ends at %2): it was cut back or wiped.</source>
        <translation>Dieser Rechner hat Eintrag %1 versiegelt, aber das Journal hat keinen Eintrag %1 mehr (es endet bei %2): Es wurde gekürzt oder gelöscht.</translation>
    </message>
    <message>
        <source>Entry %1 is not the entry this machine sealed: the journal up to it was rewritten.</source>
        <translation>Eintrag %1 ist nicht der Eintrag, den dieser Rechner versiegelt hat: Das Journal bis dorthin wurde neu geschrieben.</translation>
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
    <name>gatehouse::SignInSummary</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>vor einer Minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>vor %1 Minuten</translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>vor einer Stunde</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>vor %1 Stunden</translation>
    </message>
    <message>
        <source>a day ago</source>
        <translation>vor einem Tag</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>a month ago</source>
        <translation>vor einem Monat</translation>
    </message>
    <message>
        <source>%1 months ago</source>
        <translation>vor %1 Monaten</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Last sign-in %1</source>
        <translation>Letzte Anmeldung %1</translation>
    </message>
    <message>
        <source>Last sign-in %1 from %2</source>
        <translation>Letzte Anmeldung %1 von %2</translation>
    </message>
    <message>
        <source>No completed sign-in recorded</source>
        <translation>Keine abgeschlossene Anmeldung erfasst</translation>
    </message>
    <message>
        <source>1 failed attempt</source>
        <translation>1 Fehlversuch</translation>
    </message>
    <message>
        <source>%1 failed attempts</source>
        <translation>%1 Fehlversuche</translation>
    </message>
    <message>
        <source>; %1 since, the last %2: %3</source>
        <translation>; seitdem %1, der letzte %2: %3</translation>
    </message>
    <message>
        <source>; %1, the last %2: %3</source>
        <translation>; %1, der letzte %2: %3</translation>
    </message>
    <message>
        <source>; no failed attempt since</source>
        <translation>; seitdem kein Fehlversuch</translation>
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
    <message>
        <source>Plain http is allowed only for a server on this machine, named localhost, 127.0.0.1 (any 127.x.y.z) or [::1]. Use logto+https:// for %1.</source>
        <translation>Unverschlüsseltes http ist nur für einen Server auf diesem Rechner erlaubt, angegeben als localhost, 127.0.0.1 (jede 127.x.y.z) oder [::1]. Verwenden Sie logto+https:// für %1.</translation>
    </message>
    <message>
        <source>A Production connection never uses plain http: use https:// (with a CA file for a private certificate authority), or tag the connection Development for a test server on this machine.</source>
        <translation>Eine Produktionsverbindung verwendet nie unverschlüsseltes http: Verwenden Sie https:// (mit einer CA-Datei für eine private Zertifizierungsstelle) oder kennzeichnen Sie die Verbindung als Entwicklung für einen Testserver auf diesem Rechner.</translation>
    </message>
    <message>
        <source>sslmode=%1 does not check that %2 is the server it claims to be; verify-full (the default) does.</source>
        <translation>sslmode=%1 prüft nicht, ob %2 der Server ist, der er zu sein vorgibt; verify-full (die Voreinstellung) tut es.</translation>
    </message>
</context>
<context>
    <name>gatehouse::emaildomains</name>
    <message>
        <source>it is longer than %1 characters</source>
        <translation>sie ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>it needs at least two parts, like example.com</source>
        <translation>sie braucht mindestens zwei Teile, etwa example.com</translation>
    </message>
    <message>
        <source>it has an empty part (two dots in a row, or a dot at the start)</source>
        <translation>sie hat einen leeren Teil (zwei Punkte hintereinander oder ein Punkt am Anfang)</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; is longer than %2 characters</source>
        <translation>der Teil „%1“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in a domain name (letters, digits and hyphens only)</source>
        <translation>„%1“ ist in einem Domainnamen nicht erlaubt (nur Buchstaben, Ziffern und Bindestriche)</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; starts or ends with a hyphen</source>
        <translation>der Teil „%1“ beginnt oder endet mit einem Bindestrich</translation>
    </message>
    <message>
        <source>the last part must not be a number (IP addresses are not email domains)</source>
        <translation>der letzte Teil darf keine Zahl sein (IP-Adressen sind keine E-Mail-Domains)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name: %2</source>
        <translation>„%1“ ist kein gültiger Domainname: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>enter only the part after &apos;@&apos;</source>
        <translation>geben Sie nur den Teil nach &apos;@&apos; ein</translation>
    </message>
    <message>
        <source>it contains spaces or control characters</source>
        <translation>sie enthält Leerzeichen oder Steuerzeichen</translation>
    </message>
    <message>
        <source>it cannot be converted to an international domain name (IDNA)</source>
        <translation>sie kann nicht in einen internationalisierten Domainnamen (IDNA) umgewandelt werden</translation>
    </message>
</context>
<context>
    <name>gatehouse::explain</name>
    <message>
        <source>The %1 role of this operator covers only the tenants %2, not this one.</source>
        <translation>Die Rolle %1 dieses Operators umfasst nur die Mandanten %2, nicht diesen.</translation>
    </message>
    <message>
        <source>The %1 role holds %2 (%3) in every organization of the tenant.</source>
        <translation>Die Rolle %1 hat %2 (%3) in jeder Organisation des Mandanten.</translation>
    </message>
    <message>
        <source>The %1 role does not hold %2 (%3).</source>
        <translation>Die Rolle %1 hat %2 (%3) nicht.</translation>
    </message>
    <message>
        <source>%1 is an organization admin in another tenant; nothing here is theirs.</source>
        <translation>%1 ist Organisationsadmin in einem anderen Mandanten; hier gehört ihm nichts.</translation>
    </message>
    <message>
        <source>The tenant&apos;s delegation policy does not lend %1 to organization admins.</source>
        <translation>Die Delegationsrichtlinie des Mandanten verleiht %1 nicht an Organisationsadmins.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2.</source>
        <translation>%1 ist kein Mitglied von %2.</translation>
    </message>
    <message>
        <source>Lent through the permission %1, which their role %2 grants in %3.</source>
        <translation>Verliehen über die Berechtigung %1, die ihre Rolle %2 in %3 gewährt.</translation>
    </message>
    <message>
        <source>They hold no role in %1, so nothing grants the permission %2 that lends it.</source>
        <translation>Sie haben keine Rolle in %1, daher gewährt nichts die Berechtigung %2, die sie verleiht.</translation>
    </message>
    <message>
        <source>None of their roles in %1 (%2) grants the permission %3 that lends it.</source>
        <translation>Keine ihrer Rollen in %1 (%2) gewährt die Berechtigung %3, die sie verleiht.</translation>
    </message>
    <message>
        <source>Support staff give a reason for every invitation, password reset and MFA removal; the journal keeps it.</source>
        <translation>Support-Mitarbeitende nennen für jede Einladung, jedes Zurücksetzen eines Passworts und jedes Entfernen eines MFA-Faktors einen Grund; das Journal bewahrt ihn auf.</translation>
    </message>
    <message>
        <source>Support staff never delete users, export password digests or change configuration.</source>
        <translation>Support-Mitarbeitende löschen nie Benutzer, exportieren nie Passwort-Hashes und ändern nie die Konfiguration.</translation>
    </message>
    <message>
        <source>Auditors read everything and change nothing.</source>
        <translation>Prüfer lesen alles und ändern nichts.</translation>
    </message>
    <message>
        <source>Organization admins act only inside the organizations where their roles lend an ability; they do not see the rest of the tenant.</source>
        <translation>Organisationsadmins handeln nur in den Organisationen, in denen ihre Rollen eine Fähigkeit verleihen; den Rest des Mandanten sehen sie nicht.</translation>
    </message>
    <message>
        <source>They can hand out only organization roles whose permissions they hold in %1 themselves.</source>
        <translation>Sie können nur Organisationsrollen vergeben, deren Berechtigungen sie in %1 selbst haben.</translation>
    </message>
    <message>
        <source>A password reset or an MFA removal reaches only members all of whose organizations they administer with that ability.</source>
        <translation>Ein Zurücksetzen des Passworts oder Entfernen eines MFA-Faktors trifft nur Mitglieder, deren sämtliche Organisationen sie mit dieser Fähigkeit verwalten.</translation>
    </message>
    <message>
        <source>They cannot remove the last member holding a delegated ability in %1, nor take that member&apos;s abilities away.</source>
        <translation>Sie können das letzte Mitglied mit einer delegierten Fähigkeit in %1 weder entfernen noch ihm seine Fähigkeiten nehmen.</translation>
    </message>
    <message>
        <source>There is no operator named %1.</source>
        <translation>Es gibt keinen Operator namens %1.</translation>
    </message>
</context>
<context>
    <name>gatehouse::explain::AccessExplainer</name>
    <message>
        <source>%1 has no valid email domain: no SSO routing or email-domain JIT can apply.</source>
        <translation>%1 hat keine gültige E-Mail-Domain: weder SSO-Weiterleitung noch E-Mail-Domain-JIT kann greifen.</translation>
    </message>
    <message>
        <source>%1 belongs to the existing user %2: explained as their sign-in.</source>
        <translation>%1 gehört dem bestehenden Benutzer %2: erklärt als dessen Anmeldung.</translation>
    </message>
    <message>
        <source>No user has the email %1: explained as a new person signing up.</source>
        <translation>Kein Benutzer hat die E-Mail-Adresse %1: erklärt als Registrierung einer neuen Person.</translation>
    </message>
    <message>
        <source>Explained as a new person as asked, although user %1 already has this email (a real sign-in with it signs in as that user).</source>
        <translation>Wie gewünscht als neue Person erklärt, obwohl Benutzer %1 diese E-Mail-Adresse bereits hat (eine echte Anmeldung damit erfolgt als dieser Benutzer).</translation>
    </message>
    <message>
        <source>No user has the email %1 yet: explained as an existing account without organizations or MFA (for example one an administrator is about to create).</source>
        <translation>Noch kein Benutzer hat die E-Mail-Adresse %1: erklärt als bestehendes Konto ohne Organisationen oder MFA (zum Beispiel eines, das ein Administrator gleich anlegen wird).</translation>
    </message>
    <message>
        <source>User %1 is suspended and cannot sign in; no JIT provisioning runs for them.</source>
        <translation>Benutzer %1 ist gesperrt und kann sich nicht anmelden; für ihn findet keine JIT-Bereitstellung statt.</translation>
    </message>
    <message>
        <source>Enterprise SSO is off in the sign-in experience: sign-in is never routed to SSO by email domain.</source>
        <translation>Enterprise-SSO ist in der Anmeldeerfahrung ausgeschaltet: die Anmeldung wird nie anhand der E-Mail-Domain an SSO weitergeleitet.</translation>
    </message>
    <message>
        <source>SSO connector %1 claims %2, but enterprise SSO is off in the sign-in experience: sign-in is not routed to it.</source>
        <translation>SSO-Connector %1 beansprucht %2, aber Enterprise-SSO ist in der Anmeldeerfahrung ausgeschaltet: die Anmeldung wird nicht an ihn weitergeleitet.</translation>
    </message>
    <message>
        <source>No SSO connector claims %1: sign-in stays with password or verification code.</source>
        <translation>Kein SSO-Connector beansprucht %1: die Anmeldung erfolgt weiterhin per Passwort oder Bestätigungscode.</translation>
    </message>
    <message>
        <source>SSO connector %1 claims %2, but its configuration is incomplete: sign-in is not routed to it.</source>
        <translation>SSO-Connector %1 beansprucht %2, aber seine Konfiguration ist unvollständig: die Anmeldung wird nicht an ihn weitergeleitet.</translation>
    </message>
    <message>
        <source>SSO connector %1 claims %2 too; sign-in goes to %3.</source>
        <translation>SSO-Connector %1 beansprucht %2 ebenfalls; die Anmeldung geht an %3.</translation>
    </message>
    <message>
        <source>%1 is claimed by SSO connector %2: sign-in goes through it; %3 cannot sign in with a password or verification code.</source>
        <translation>%1 wird von SSO-Connector %2 beansprucht: die Anmeldung läuft über ihn; %3 kann sich nicht mit Passwort oder Bestätigungscode anmelden.</translation>
    </message>
    <message>
        <source>There is no SSO connector %1 in this tenant.</source>
        <translation>In diesem Mandanten gibt es keinen SSO-Connector %1.</translation>
    </message>
    <message>
        <source>Sign-in through SSO connector %1 is not possible: enterprise SSO is off in the sign-in experience.</source>
        <translation>Eine Anmeldung über SSO-Connector %1 ist nicht möglich: Enterprise-SSO ist in der Anmeldeerfahrung ausgeschaltet.</translation>
    </message>
    <message>
        <source>Sign-in through SSO connector %1 is not possible: its configuration is incomplete.</source>
        <translation>Eine Anmeldung über SSO-Connector %1 ist nicht möglich: seine Konfiguration ist unvollständig.</translation>
    </message>
    <message>
        <source>Explained as a sign-in through SSO connector %1 as asked; sign-in started from the email goes to %2, which claims %3.</source>
        <translation>Wie gewünscht als Anmeldung über SSO-Connector %1 erklärt; eine mit der E-Mail-Adresse begonnene Anmeldung geht an %2, der %3 beansprucht.</translation>
    </message>
    <message>
        <source>SSO connector %1 does not claim %2: sign-in through it happens only when started from the identity provider or a direct link, as explained here.</source>
        <translation>SSO-Connector %1 beansprucht %2 nicht: eine Anmeldung über ihn erfolgt nur, wenn sie beim Identitätsanbieter oder über einen direkten Link gestartet wird, wie hier erklärt.</translation>
    </message>
    <message>
        <source>Explained as a sign-in through SSO connector %1.</source>
        <translation>Erklärt als Anmeldung über SSO-Connector %1.</translation>
    </message>
    <message>
        <source>User %1 belongs to no organization yet.</source>
        <translation>Benutzer %1 gehört noch keiner Organisation an.</translation>
    </message>
    <message>
        <source>User %1 already belongs to: %2.</source>
        <translation>Benutzer %1 gehört bereits zu: %2.</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>keine Rollen</translation>
    </message>
    <message>
        <source>the roles: %1</source>
        <translation>die Rollen: %1</translation>
    </message>
    <message>
        <source>%1 applies to %2, who is already a member with these roles: nothing changes.</source>
        <translation>%1 gilt für %2, bereits Mitglied mit diesen Rollen: es ändert sich nichts.</translation>
    </message>
    <message>
        <source>%1 applies to %2, who is already a member: adds %3.</source>
        <translation>%1 gilt für %2, bereits Mitglied: hinzu kommen %3.</translation>
    </message>
    <message>
        <source>%1 adds the person to %2 with %3.</source>
        <translation>%1 nimmt die Person in %2 auf und vergibt %3.</translation>
    </message>
    <message>
        <source>SSO connector %1&apos;s JIT for %2 does not apply: sign-in does not go through it.</source>
        <translation>JIT von SSO-Connector %1 für %2 greift nicht: die Anmeldung läuft nicht über ihn.</translation>
    </message>
    <message>
        <source>SSO connector %1&apos;s JIT</source>
        <translation>JIT von SSO-Connector %1</translation>
    </message>
    <message>
        <source>No organization provisions users signing in through SSO connector %1.</source>
        <translation>Keine Organisation stellt Benutzer bereit, die sich über SSO-Connector %1 anmelden.</translation>
    </message>
    <message>
        <source>%1 does not apply: the user cannot sign in.</source>
        <translation>%1 greift nicht: der Benutzer kann sich nicht anmelden.</translation>
    </message>
    <message>
        <source>This workspace does not record sign-ins through SSO connectors: explained as the user&apos;s first sign-in through %1.</source>
        <translation>Dieser Arbeitsbereich erfasst keine Anmeldungen über SSO-Connectors: erklärt als erste Anmeldung des Benutzers über %1.</translation>
    </message>
    <message>
        <source>%1 for %2 does not apply: the user has signed in through %3 before (JIT runs only at the first sign-in).</source>
        <translation>%1 für %2 greift nicht: der Benutzer hat sich schon früher über %3 angemeldet (JIT läuft nur bei der ersten Anmeldung).</translation>
    </message>
    <message>
        <source>First sign-in through %1: its JIT adds existing users as well as new ones.</source>
        <translation>Erste Anmeldung über %1: dessen JIT nimmt bestehende wie neue Benutzer auf.</translation>
    </message>
    <message>
        <source>No organization has email-domain JIT for %1.</source>
        <translation>Keine Organisation hat E-Mail-Domain-JIT für %1.</translation>
    </message>
    <message>
        <source>%1 organizations have email-domain JIT for %2 (each one applies on its own): %3.</source>
        <translation>%1 Organisationen haben E-Mail-Domain-JIT für %2 (jede greift für sich): %3.</translation>
    </message>
    <message>
        <source>Email-domain JIT for %1</source>
        <translation>E-Mail-Domain-JIT für %1</translation>
    </message>
    <message>
        <source>Email-domain JIT for %1 into %2 does not apply: the domain is claimed by SSO connector %3.</source>
        <translation>E-Mail-Domain-JIT für %1 in %2 greift nicht: die Domain wird von SSO-Connector %3 beansprucht.</translation>
    </message>
    <message>
        <source>Email-domain JIT for %1 into %2 does not apply: existing users (including users an administrator created) are not added by email-domain JIT.</source>
        <translation>E-Mail-Domain-JIT für %1 in %2 greift nicht: bestehende Benutzer (auch von einem Administrator angelegte) werden durch E-Mail-Domain-JIT nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>Email-domain JIT for %1 into %2 does not apply: the sign-in cannot happen.</source>
        <translation>E-Mail-Domain-JIT für %1 in %2 greift nicht: die Anmeldung kann nicht stattfinden.</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>der Benutzer</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>die Person</translation>
    </message>
    <message>
        <source>%1 requires MFA; the user has MFA set up, so organization tokens are issued.</source>
        <translation>%1 verlangt MFA; der Benutzer hat MFA eingerichtet, daher werden Organisationstokens ausgestellt.</translation>
    </message>
    <message>
        <source>%1 requires MFA, but no usable MFA factor is enabled in the sign-in experience: %2 cannot set it up and gets no organization tokens for %1.</source>
        <translation>%1 verlangt MFA, aber in der Anmeldeerfahrung ist kein nutzbarer MFA-Faktor aktiviert: %2 kann MFA nicht einrichten und erhält keine Organisationstokens für %1.</translation>
    </message>
    <message>
        <source>%1 requires MFA and the organization MFA policy is Mandatory: %2 is asked to set up MFA at sign-in.</source>
        <translation>%1 verlangt MFA und die MFA-Richtlinie für Organisationen ist Mandatory: %2 wird bei der Anmeldung gebeten, MFA einzurichten.</translation>
    </message>
    <message>
        <source>%1 requires MFA; the tenant&apos;s MFA policy is Mandatory, so %2 sets up MFA at sign-in.</source>
        <translation>%1 verlangt MFA; die MFA-Richtlinie des Mandanten ist Mandatory, daher richtet %2 bei der Anmeldung MFA ein.</translation>
    </message>
    <message>
        <source>%1 requires MFA and the organization MFA policy is NoPrompt: %2 gets no organization tokens for %1 until MFA is set up.</source>
        <translation>%1 verlangt MFA und die MFA-Richtlinie für Organisationen ist NoPrompt: %2 erhält keine Organisationstokens für %1, bis MFA eingerichtet ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address with a valid domain.</source>
        <translation>„%1“ ist keine E-Mail-Adresse mit gültiger Domain.</translation>
    </message>
</context>
<context>
    <name>gatehouse::journalchain</name>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>Seals: %1 entries checked with this machine&apos;s key, %2 sealed with keys held elsewhere (not checked), %3 unsealed; this machine&apos;s anchor: %4.</source>
        <translation>Siegel: %1 Einträge mit dem Schlüssel dieses Rechners geprüft, %2 mit anderswo gehaltenen Schlüsseln versiegelt (nicht geprüft), %3 unversiegelt; Anker dieses Rechners: %4.</translation>
    </message>
    <message numerus="yes">
        <source> (%n requests)</source>
        <translation>
            <numerusform> (%n Anfrage)</numerusform>
            <numerusform> (%n Anfragen)</numerusform>
        </translation>
    </message>
    <message>
        <source>entry %1 by %2 at %3: %4</source>
        <translation>Eintrag %1 von %2 um %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to the server have no recorded outcome: the console stopped (or is still waiting) after recording them, so the server may or may not have carried them out. Check the objects on the server: </source>
        <translation>
            <numerusform>%n Anfrage an den Server hat kein aufgezeichnetes Ergebnis: Die Konsole wurde nach dem Aufzeichnen beendet (oder wartet noch), der Server hat sie also vielleicht ausgeführt, vielleicht nicht. Prüfen Sie die Objekte auf dem Server: </numerusform>
            <numerusform>%n Anfragen an den Server haben kein aufgezeichnetes Ergebnis: Die Konsole wurde nach dem Aufzeichnen beendet (oder wartet noch), der Server hat sie also vielleicht ausgeführt, vielleicht nicht. Prüfen Sie die Objekte auf dem Server: </numerusform>
        </translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation>; und %1 weitere</translation>
    </message>
    <message>
        <source>done</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
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
    <message>
        <source>must be a list of members</source>
        <translation>muss eine Liste von Mitgliedern sein</translation>
    </message>
    <message>
        <source>must be one of Pending, Accepted, Expired, Revoked</source>
        <translation>muss Pending, Accepted, Expired oder Revoked sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SSO provider (OIDC, SAML, AzureAD, AzureAdOidc, GoogleWorkspace, Okta)</source>
        <translation>„%1“ ist kein SSO-Anbieter (OIDC, SAML, AzureAD, AzureAdOidc, GoogleWorkspace, Okta)</translation>
    </message>
    <message>
        <source>must be a number (unix milliseconds)</source>
        <translation>muss eine Zahl sein (Unix-Millisekunden)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an MFA factor (Totp, WebAuthn, BackupCode, EmailVerificationCode, PhoneVerificationCode)</source>
        <translation>„%1“ ist kein MFA-Faktor (Totp, WebAuthn, BackupCode, EmailVerificationCode, PhoneVerificationCode)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an MFA policy (UserControlled, Mandatory, PromptAtSignInAndSignUp, PromptOnlyAtSignIn, NoPrompt)</source>
        <translation>„%1“ ist keine MFA-Richtlinie (UserControlled, Mandatory, PromptAtSignInAndSignUp, PromptOnlyAtSignIn, NoPrompt)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organization MFA policy (NoPrompt, Mandatory)</source>
        <translation>„%1“ ist keine MFA-Richtlinie für Organisationen (NoPrompt, Mandatory)</translation>
    </message>
    <message>
        <source>The event&apos;s %1 %2.</source>
        <translation>Das Feld %1 des Ereignisses %2.</translation>
    </message>
    <message>
        <source>is missing or longer than 21 characters</source>
        <translation>fehlt oder ist länger als 21 Zeichen</translation>
    </message>
    <message>
        <source>is missing or longer than 128 characters</source>
        <translation>fehlt oder ist länger als 128 Zeichen</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ist keine Zahl</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>is neither Success nor Error</source>
        <translation>ist weder Success noch Error</translation>
    </message>
</context>
<context>
    <name>gatehouse::json::Fields</name>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>muss ein Array von Zeichenketten sein</translation>
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
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a list of roles</source>
        <translation>muss eine Liste von Rollen sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
</context>
<context>
    <name>gatehouse::local</name>
    <message>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>must start with a letter or _ and use only letters, digits and _ . @ - (at most 63)</source>
        <translation>muss mit einem Buchstaben oder _ beginnen und darf nur Buchstaben, Ziffern und _ . @ - enthalten (höchstens 63)</translation>
    </message>
    <message>
        <source>An organization admin is a user of a tenant: name the tenant and the user.</source>
        <translation>Ein Organisationsadmin ist ein Benutzer eines Mandanten: Geben Sie den Mandanten und den Benutzer an.</translation>
    </message>
    <message>
        <source>An organization admin&apos;s tenant is the one of their user.</source>
        <translation>Der Mandant eines Organisationsadmins ist der seines Benutzers.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>On a PostgreSQL workspace the database login is the operator (%1); no other name can be declared. Connect as your own login instead.</source>
        <translation>In einem PostgreSQL-Arbeitsbereich ist die Datenbankanmeldung der Operator (%1); kein anderer Name kann angegeben werden. Verbinden Sie sich stattdessen mit Ihrer eigenen Anmeldung.</translation>
    </message>
</context>
<context>
    <name>gatehouse::local::LocalAccess</name>
    <message>
        <source>The login %1 is not an operator of this workspace. An owner adds operators with &quot;gatehouse-cli operator add&quot;.</source>
        <translation>Die Anmeldung %1 ist kein Operator dieses Arbeitsbereichs. Ein Eigentümer fügt Operatoren mit „gatehouse-cli operator add“ hinzu.</translation>
    </message>
    <message>
        <source>An operator named %1 already exists.</source>
        <translation>Ein Operator namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Operator %1</source>
        <translation>Operator %1</translation>
    </message>
    <message>
        <source>%1 is not an ability organization admins can be lent; these can: %2</source>
        <translation>%1 ist keine Fähigkeit, die Organisationsadmins verliehen werden kann; diese können es: %2</translation>
    </message>
    <message>
        <source>Organization permission</source>
        <translation>Organisationsberechtigung</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>gatehouse::local::postgres</name>
    <message>
        <source>The database could not prepare a statement.</source>
        <translation>Die Datenbank konnte eine Anweisung nicht vorbereiten.</translation>
    </message>
    <message>
        <source>This login may not create database roles (it lacks CREATEROLE), so it cannot add operators. Ask the server&apos;s administrator to grant it CREATEROLE, or add operators as a login that has it.</source>
        <translation>Diese Anmeldung darf keine Datenbankrollen anlegen (ihr fehlt CREATEROLE) und kann daher keine Operatoren hinzufügen. Bitten Sie den Administrator des Servers, ihr CREATEROLE zu gewähren, oder fügen Sie Operatoren mit einer Anmeldung hinzu, die es hat.</translation>
    </message>
    <message>
        <source>A new database login needs a password (read from standard input).</source>
        <translation>Eine neue Datenbankanmeldung braucht ein Passwort (von der Standardeingabe gelesen).</translation>
    </message>
</context>
<context>
    <name>gatehouse::logkeys</name>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>SSO</source>
        <translation>SSO</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>Custom action</source>
        <translation>Eigene Aktion</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>started</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <source>could not start</source>
        <translation>konnte nicht starten</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>could not end</source>
        <translation>konnte nicht beenden</translation>
    </message>
    <message>
        <source>CAPTCHA passed</source>
        <translation>CAPTCHA bestanden</translation>
    </message>
    <message>
        <source>CAPTCHA failed</source>
        <translation>CAPTCHA nicht bestanden</translation>
    </message>
    <message>
        <source>authorization code</source>
        <translation>Autorisierungscode</translation>
    </message>
    <message>
        <source>authorization code failed</source>
        <translation>Autorisierungscode fehlgeschlagen</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message>
        <source>refresh token failed</source>
        <translation>Refresh-Token fehlgeschlagen</translation>
    </message>
    <message>
        <source>client credentials</source>
        <translation>Client-Credentials</translation>
    </message>
    <message>
        <source>client credentials failed</source>
        <translation>Client-Credentials fehlgeschlagen</translation>
    </message>
    <message>
        <source>token exchange</source>
        <translation>Token-Austausch</translation>
    </message>
    <message>
        <source>token exchange failed</source>
        <translation>Token-Austausch fehlgeschlagen</translation>
    </message>
    <message>
        <source>device code</source>
        <translation>Gerätecode</translation>
    </message>
    <message>
        <source>device code failed</source>
        <translation>Gerätecode fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown grant type</source>
        <translation>unbekannter Grant-Typ</translation>
    </message>
    <message>
        <source>unknown grant type failed</source>
        <translation>unbekannter Grant-Typ fehlgeschlagen</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>revocation failed</source>
        <translation>Widerruf fehlgeschlagen</translation>
    </message>
    <message>
        <source>earlier grants revoked</source>
        <translation>frühere Grants widerrufen</translation>
    </message>
    <message>
        <source>revoking earlier grants failed</source>
        <translation>Widerruf früherer Grants fehlgeschlagen</translation>
    </message>
    <message>
        <source>custom access token claims added</source>
        <translation>eigene Access-Token-Claims hinzugefügt</translation>
    </message>
    <message>
        <source>custom access token claims failed</source>
        <translation>eigene Access-Token-Claims fehlgeschlagen</translation>
    </message>
    <message>
        <source>custom machine-to-machine claims added</source>
        <translation>eigene Machine-to-Machine-Claims hinzugefügt</translation>
    </message>
    <message>
        <source>custom machine-to-machine claims failed</source>
        <translation>eigene Machine-to-Machine-Claims fehlgeschlagen</translation>
    </message>
    <message>
        <source>SAML app sign-in request</source>
        <translation>Anmeldeanfrage an SAML-App</translation>
    </message>
    <message>
        <source>SAML app sign-in request refused</source>
        <translation>Anmeldeanfrage an SAML-App abgelehnt</translation>
    </message>
    <message>
        <source>SAML app callback</source>
        <translation>Rückruf der SAML-App</translation>
    </message>
    <message>
        <source>SAML app callback failed</source>
        <translation>Rückruf der SAML-App fehlgeschlagen</translation>
    </message>
    <message>
        <source>ran after the first factor</source>
        <translation>nach dem ersten Faktor ausgeführt</translation>
    </message>
    <message>
        <source>failed after the first factor</source>
        <translation>nach dem ersten Faktor fehlgeschlagen</translation>
    </message>
    <message>
        <source>ran after sign-in</source>
        <translation>nach der Anmeldung ausgeführt</translation>
    </message>
    <message>
        <source>failed after sign-in</source>
        <translation>nach der Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>device remembered</source>
        <translation>Gerät gemerkt</translation>
    </message>
    <message>
        <source>device not remembered</source>
        <translation>Gerät nicht gemerkt</translation>
    </message>
    <message>
        <source>skipped on a remembered device</source>
        <translation>auf gemerktem Gerät übersprungen</translation>
    </message>
    <message>
        <source>remembered device refused</source>
        <translation>gemerktes Gerät abgelehnt</translation>
    </message>
    <message>
        <source>sign-in sent</source>
        <translation>Anmeldung gesendet</translation>
    </message>
    <message>
        <source>sign-in not delivered</source>
        <translation>Anmeldung nicht zugestellt</translation>
    </message>
    <message>
        <source>registration sent</source>
        <translation>Registrierung gesendet</translation>
    </message>
    <message>
        <source>registration not delivered</source>
        <translation>Registrierung nicht zugestellt</translation>
    </message>
    <message>
        <source>password reset sent</source>
        <translation>Passwort-Zurücksetzung gesendet</translation>
    </message>
    <message>
        <source>password reset not delivered</source>
        <translation>Passwort-Zurücksetzung nicht zugestellt</translation>
    </message>
    <message>
        <source>adaptive MFA sent</source>
        <translation>adaptive MFA gesendet</translation>
    </message>
    <message>
        <source>adaptive MFA not delivered</source>
        <translation>adaptive MFA nicht zugestellt</translation>
    </message>
    <message>
        <source>Unknown event</source>
        <translation>Unbekanntes Ereignis</translation>
    </message>
    <message>
        <source>Unknown event failed</source>
        <translation>Unbekanntes Ereignis fehlgeschlagen</translation>
    </message>
    <message>
        <source>switched to another flow</source>
        <translation>zu einem anderen Ablauf gewechselt</translation>
    </message>
    <message>
        <source>flow switch refused</source>
        <translation>Wechsel des Ablaufs abgelehnt</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>account identified</source>
        <translation>Konto erkannt</translation>
    </message>
    <message>
        <source>account not identified</source>
        <translation>Konto nicht erkannt</translation>
    </message>
    <message>
        <source>account created</source>
        <translation>Konto angelegt</translation>
    </message>
    <message>
        <source>account not created</source>
        <translation>Konto nicht angelegt</translation>
    </message>
    <message>
        <source>profile updated</source>
        <translation>Profil aktualisiert</translation>
    </message>
    <message>
        <source>profile not updated</source>
        <translation>Profil nicht aktualisiert</translation>
    </message>
    <message>
        <source>new password set</source>
        <translation>neues Passwort gesetzt</translation>
    </message>
    <message>
        <source>new password rejected</source>
        <translation>neues Passwort abgelehnt</translation>
    </message>
    <message>
        <source>profile saved</source>
        <translation>Profil gespeichert</translation>
    </message>
    <message>
        <source>profile not saved</source>
        <translation>Profil nicht gespeichert</translation>
    </message>
    <message>
        <source>profile data removed</source>
        <translation>Profildaten entfernt</translation>
    </message>
    <message>
        <source>profile data not removed</source>
        <translation>Profildaten nicht entfernt</translation>
    </message>
    <message>
        <source>passkey added for sign-in</source>
        <translation>Passkey für die Anmeldung hinzugefügt</translation>
    </message>
    <message>
        <source>passkey not added for sign-in</source>
        <translation>Passkey für die Anmeldung nicht hinzugefügt</translation>
    </message>
    <message>
        <source>password accepted</source>
        <translation>Passwort akzeptiert</translation>
    </message>
    <message>
        <source>password rejected</source>
        <translation>Passwort abgelehnt</translation>
    </message>
    <message>
        <source>email code sent</source>
        <translation>E-Mail-Code gesendet</translation>
    </message>
    <message>
        <source>email code not sent</source>
        <translation>E-Mail-Code nicht gesendet</translation>
    </message>
    <message>
        <source>email code accepted</source>
        <translation>E-Mail-Code akzeptiert</translation>
    </message>
    <message>
        <source>email code rejected</source>
        <translation>E-Mail-Code abgelehnt</translation>
    </message>
    <message>
        <source>SMS code sent</source>
        <translation>SMS-Code gesendet</translation>
    </message>
    <message>
        <source>SMS code not sent</source>
        <translation>SMS-Code nicht gesendet</translation>
    </message>
    <message>
        <source>SMS code accepted</source>
        <translation>SMS-Code akzeptiert</translation>
    </message>
    <message>
        <source>SMS code rejected</source>
        <translation>SMS-Code abgelehnt</translation>
    </message>
    <message>
        <source>verification code sent</source>
        <translation>Bestätigungscode gesendet</translation>
    </message>
    <message>
        <source>verification code not sent</source>
        <translation>Bestätigungscode nicht gesendet</translation>
    </message>
    <message>
        <source>verification code accepted</source>
        <translation>Bestätigungscode akzeptiert</translation>
    </message>
    <message>
        <source>verification code rejected</source>
        <translation>Bestätigungscode abgelehnt</translation>
    </message>
    <message>
        <source>redirected to social provider</source>
        <translation>zum Social-Anbieter weitergeleitet</translation>
    </message>
    <message>
        <source>social provider redirect failed</source>
        <translation>Weiterleitung zum Social-Anbieter fehlgeschlagen</translation>
    </message>
    <message>
        <source>social account verified</source>
        <translation>Social-Konto bestätigt</translation>
    </message>
    <message>
        <source>social account not verified</source>
        <translation>Social-Konto nicht bestätigt</translation>
    </message>
    <message>
        <source>passkey challenge created</source>
        <translation>Passkey-Challenge erstellt</translation>
    </message>
    <message>
        <source>passkey challenge failed</source>
        <translation>Passkey-Challenge fehlgeschlagen</translation>
    </message>
    <message>
        <source>passkey accepted</source>
        <translation>Passkey akzeptiert</translation>
    </message>
    <message>
        <source>passkey rejected</source>
        <translation>Passkey abgelehnt</translation>
    </message>
    <message>
        <source>new identifier and password accepted</source>
        <translation>neue Kennung und Passwort akzeptiert</translation>
    </message>
    <message>
        <source>new identifier or password rejected</source>
        <translation>neue Kennung oder Passwort abgelehnt</translation>
    </message>
    <message>
        <source>one-time token accepted</source>
        <translation>Einmal-Token akzeptiert</translation>
    </message>
    <message>
        <source>one-time token rejected</source>
        <translation>Einmal-Token abgelehnt</translation>
    </message>
    <message>
        <source>redirected to identity provider</source>
        <translation>zum Identitätsanbieter weitergeleitet</translation>
    </message>
    <message>
        <source>identity provider redirect failed</source>
        <translation>Weiterleitung zum Identitätsanbieter fehlgeschlagen</translation>
    </message>
    <message>
        <source>enterprise account verified</source>
        <translation>Unternehmenskonto bestätigt</translation>
    </message>
    <message>
        <source>enterprise account not verified</source>
        <translation>Unternehmenskonto nicht bestätigt</translation>
    </message>
    <message>
        <source>sign-in started by identity provider</source>
        <translation>Anmeldung vom Identitätsanbieter gestartet</translation>
    </message>
    <message>
        <source>identity provider sign-in refused</source>
        <translation>Anmeldung vom Identitätsanbieter abgelehnt</translation>
    </message>
    <message>
        <source>TOTP secret generated</source>
        <translation>TOTP-Geheimnis erzeugt</translation>
    </message>
    <message>
        <source>TOTP secret not generated</source>
        <translation>TOTP-Geheimnis nicht erzeugt</translation>
    </message>
    <message>
        <source>TOTP verified</source>
        <translation>TOTP bestätigt</translation>
    </message>
    <message>
        <source>TOTP rejected</source>
        <translation>TOTP abgelehnt</translation>
    </message>
    <message>
        <source>passkey verified</source>
        <translation>Passkey bestätigt</translation>
    </message>
    <message>
        <source>backup codes generated</source>
        <translation>Backup-Codes erzeugt</translation>
    </message>
    <message>
        <source>backup codes not generated</source>
        <translation>Backup-Codes nicht erzeugt</translation>
    </message>
    <message>
        <source>backup code accepted</source>
        <translation>Backup-Code akzeptiert</translation>
    </message>
    <message>
        <source>backup code rejected</source>
        <translation>Backup-Code abgelehnt</translation>
    </message>
    <message>
        <source>email code verified</source>
        <translation>E-Mail-Code bestätigt</translation>
    </message>
    <message>
        <source>SMS code verified</source>
        <translation>SMS-Code bestätigt</translation>
    </message>
    <message>
        <source>TOTP setup started</source>
        <translation>TOTP-Einrichtung gestartet</translation>
    </message>
    <message>
        <source>TOTP setup could not start</source>
        <translation>TOTP-Einrichtung konnte nicht starten</translation>
    </message>
    <message>
        <source>TOTP set up</source>
        <translation>TOTP eingerichtet</translation>
    </message>
    <message>
        <source>TOTP setup failed</source>
        <translation>TOTP-Einrichtung fehlgeschlagen</translation>
    </message>
    <message>
        <source>passkey setup started</source>
        <translation>Passkey-Einrichtung gestartet</translation>
    </message>
    <message>
        <source>passkey setup could not start</source>
        <translation>Passkey-Einrichtung konnte nicht starten</translation>
    </message>
    <message>
        <source>passkey set up</source>
        <translation>Passkey eingerichtet</translation>
    </message>
    <message>
        <source>passkey setup failed</source>
        <translation>Passkey-Einrichtung fehlgeschlagen</translation>
    </message>
    <message>
        <source>backup codes set up</source>
        <translation>Backup-Codes eingerichtet</translation>
    </message>
    <message>
        <source>backup codes setup failed</source>
        <translation>Einrichtung der Backup-Codes fehlgeschlagen</translation>
    </message>
    <message>
        <source>email code setup started</source>
        <translation>E-Mail-Code-Einrichtung gestartet</translation>
    </message>
    <message>
        <source>email code setup could not start</source>
        <translation>E-Mail-Code-Einrichtung konnte nicht starten</translation>
    </message>
    <message>
        <source>email code set up</source>
        <translation>E-Mail-Code eingerichtet</translation>
    </message>
    <message>
        <source>email code setup failed</source>
        <translation>E-Mail-Code-Einrichtung fehlgeschlagen</translation>
    </message>
    <message>
        <source>SMS code setup started</source>
        <translation>SMS-Code-Einrichtung gestartet</translation>
    </message>
    <message>
        <source>SMS code setup could not start</source>
        <translation>SMS-Code-Einrichtung konnte nicht starten</translation>
    </message>
    <message>
        <source>SMS code set up</source>
        <translation>SMS-Code eingerichtet</translation>
    </message>
    <message>
        <source>SMS code setup failed</source>
        <translation>SMS-Code-Einrichtung fehlgeschlagen</translation>
    </message>
    <message>
        <source>wrong account or password</source>
        <translation>falsches Konto oder Passwort</translation>
    </message>
    <message>
        <source>verification failed</source>
        <translation>Bestätigung fehlgeschlagen</translation>
    </message>
    <message>
        <source>verification expired</source>
        <translation>Bestätigung abgelaufen</translation>
    </message>
    <message>
        <source>too many attempts</source>
        <translation>zu viele Versuche</translation>
    </message>
    <message>
        <source>enterprise SSO required for this email</source>
        <translation>Unternehmens-SSO für diese E-Mail erforderlich</translation>
    </message>
    <message>
        <source>CAPTCHA required</source>
        <translation>CAPTCHA erforderlich</translation>
    </message>
    <message>
        <source>signed in as someone else</source>
        <translation>als jemand anderes angemeldet</translation>
    </message>
    <message>
        <source>password reset disabled</source>
        <translation>Passwort-Zurücksetzen deaktiviert</translation>
    </message>
    <message>
        <source>MFA required</source>
        <translation>MFA erforderlich</translation>
    </message>
    <message>
        <source>wrong TOTP code</source>
        <translation>falscher TOTP-Code</translation>
    </message>
    <message>
        <source>wrong backup code</source>
        <translation>falscher Backup-Code</translation>
    </message>
    <message>
        <source>passkey not verified</source>
        <translation>Passkey nicht bestätigt</translation>
    </message>
    <message>
        <source>MFA already set up</source>
        <translation>MFA bereits eingerichtet</translation>
    </message>
    <message>
        <source>MFA method disabled</source>
        <translation>MFA-Methode deaktiviert</translation>
    </message>
    <message>
        <source>backup codes required</source>
        <translation>Backup-Codes erforderlich</translation>
    </message>
    <message>
        <source>passkey not allowed for SSO users</source>
        <translation>Passkey für SSO-Benutzer nicht erlaubt</translation>
    </message>
    <message>
        <source>account suspended</source>
        <translation>Konto gesperrt</translation>
    </message>
    <message>
        <source>account not found</source>
        <translation>Konto nicht gefunden</translation>
    </message>
    <message>
        <source>email not registered</source>
        <translation>E-Mail nicht registriert</translation>
    </message>
    <message>
        <source>phone number not registered</source>
        <translation>Telefonnummer nicht registriert</translation>
    </message>
    <message>
        <source>social account not linked</source>
        <translation>Social-Konto nicht verknüpft</translation>
    </message>
    <message>
        <source>enterprise account not linked</source>
        <translation>Unternehmenskonto nicht verknüpft</translation>
    </message>
    <message>
        <source>social account linked to another user</source>
        <translation>Social-Konto mit einem anderen Benutzer verknüpft</translation>
    </message>
    <message>
        <source>username taken</source>
        <translation>Benutzername vergeben</translation>
    </message>
    <message>
        <source>email already in use</source>
        <translation>E-Mail bereits verwendet</translation>
    </message>
    <message>
        <source>phone number already in use</source>
        <translation>Telefonnummer bereits verwendet</translation>
    </message>
    <message>
        <source>sign-in method disabled</source>
        <translation>Anmeldemethode deaktiviert</translation>
    </message>
    <message>
        <source>sign-up method disabled</source>
        <translation>Registrierungsmethode deaktiviert</translation>
    </message>
    <message>
        <source>profile incomplete</source>
        <translation>Profil unvollständig</translation>
    </message>
    <message>
        <source>MFA setup required</source>
        <translation>MFA-Einrichtung erforderlich</translation>
    </message>
    <message>
        <source>new password same as old</source>
        <translation>neues Passwort gleich dem alten</translation>
    </message>
    <message>
        <source>TOTP already set up</source>
        <translation>TOTP bereits eingerichtet</translation>
    </message>
    <message>
        <source>wrong verification code</source>
        <translation>falscher Bestätigungscode</translation>
    </message>
    <message>
        <source>verification code expired</source>
        <translation>Bestätigungscode abgelaufen</translation>
    </message>
    <message>
        <source>too many code attempts</source>
        <translation>zu viele Code-Versuche</translation>
    </message>
    <message>
        <source>no code was sent</source>
        <translation>es wurde kein Code gesendet</translation>
    </message>
    <message>
        <source>code sent to another email</source>
        <translation>Code an eine andere E-Mail gesendet</translation>
    </message>
    <message>
        <source>code sent to another phone number</source>
        <translation>Code an eine andere Telefonnummer gesendet</translation>
    </message>
    <message>
        <source>password fails the policy</source>
        <translation>Passwort verletzt die Richtlinie</translation>
    </message>
    <message>
        <source>password expired</source>
        <translation>Passwort abgelaufen</translation>
    </message>
    <message>
        <source>one-time token not found</source>
        <translation>Einmal-Token nicht gefunden</translation>
    </message>
    <message>
        <source>one-time token expired</source>
        <translation>Einmal-Token abgelaufen</translation>
    </message>
    <message>
        <source>one-time token already used</source>
        <translation>Einmal-Token bereits verwendet</translation>
    </message>
    <message>
        <source>one-time token revoked</source>
        <translation>Einmal-Token widerrufen</translation>
    </message>
    <message>
        <source>identity provider unavailable</source>
        <translation>Identitätsanbieter nicht erreichbar</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <source>invalid request</source>
        <translation>ungültige Anfrage</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>Anfragelimit erreicht</translation>
    </message>
    <message>
        <source>too many messages</source>
        <translation>zu viele Nachrichten</translation>
    </message>
    <message>
        <source>session expired</source>
        <translation>Sitzung abgelaufen</translation>
    </message>
    <message>
        <source>verification session expired</source>
        <translation>Bestätigungssitzung abgelaufen</translation>
    </message>
    <message>
        <source>social session expired</source>
        <translation>Social-Sitzung abgelaufen</translation>
    </message>
    <message>
        <source>wrong flow</source>
        <translation>falscher Ablauf</translation>
    </message>
    <message>
        <source>MFA session expired</source>
        <translation>MFA-Sitzung abgelaufen</translation>
    </message>
    <message>
        <source>verification not found</source>
        <translation>Bestätigung nicht gefunden</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>verboten</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>invalid grant</source>
        <translation>ungültiger Grant</translation>
    </message>
    <message>
        <source>invalid scope</source>
        <translation>ungültiger Scope</translation>
    </message>
    <message>
        <source>invalid resource</source>
        <translation>ungültige Ressource</translation>
    </message>
    <message>
        <source>invalid token</source>
        <translation>ungültiges Token</translation>
    </message>
    <message>
        <source>redirect URI not registered</source>
        <translation>Redirect-URI nicht registriert</translation>
    </message>
    <message>
        <source>grant type not allowed</source>
        <translation>Grant-Typ nicht erlaubt</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a failure and its technical cause</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>subject: what happened</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::policy</name>
    <message>
        <source>see tenants</source>
        <translation>Mandanten sehen</translation>
    </message>
    <message>
        <source>create, rename and delete tenants</source>
        <translation>Mandanten anlegen, umbenennen und löschen</translation>
    </message>
    <message>
        <source>read applications, API resources, roles, the organization template, SSO connectors and the sign-in experience</source>
        <translation>Anwendungen, API-Ressourcen, Rollen, die Organisationsvorlage, SSO-Connectoren und die Anmeldeerfahrung lesen</translation>
    </message>
    <message>
        <source>change applications, API resources, roles, the organization template, SSO connectors and the sign-in experience</source>
        <translation>Anwendungen, API-Ressourcen, Rollen, die Organisationsvorlage, SSO-Connectoren und die Anmeldeerfahrung ändern</translation>
    </message>
    <message>
        <source>find users and read their profiles, roles, MFA factors and organizations</source>
        <translation>Benutzer finden und ihre Profile, Rollen, MFA-Faktoren und Organisationen lesen</translation>
    </message>
    <message>
        <source>create users and edit their profiles and roles</source>
        <translation>Benutzer anlegen und ihre Profile und Rollen bearbeiten</translation>
    </message>
    <message>
        <source>delete users</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>suspend and unsuspend users</source>
        <translation>Benutzer sperren und entsperren</translation>
    </message>
    <message>
        <source>set a user&apos;s password or require a new one</source>
        <translation>das Passwort eines Benutzers setzen oder ein neues verlangen</translation>
    </message>
    <message>
        <source>remove a user&apos;s MFA factor</source>
        <translation>einen MFA-Faktor eines Benutzers entfernen</translation>
    </message>
    <message>
        <source>check a password against a user&apos;s stored digest</source>
        <translation>ein Passwort gegen den gespeicherten Hash eines Benutzers prüfen</translation>
    </message>
    <message>
        <source>import users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>export users (without password digests)</source>
        <translation>Benutzer exportieren (ohne Passwort-Hashes)</translation>
    </message>
    <message>
        <source>export users&apos; password digests</source>
        <translation>Passwort-Hashes von Benutzern exportieren</translation>
    </message>
    <message>
        <source>read every organization with its members, applications, invitations and just-in-time provisioning</source>
        <translation>jede Organisation mit Mitgliedern, Anwendungen, Einladungen und Just-in-Time-Bereitstellung lesen</translation>
    </message>
    <message>
        <source>create, change and delete organizations and their settings</source>
        <translation>Organisationen und ihre Einstellungen anlegen, ändern und löschen</translation>
    </message>
    <message>
        <source>create and revoke invitations to any organization</source>
        <translation>Einladungen in jede Organisation erstellen und widerrufen</translation>
    </message>
    <message>
        <source>read the journal</source>
        <translation>das Journal lesen</translation>
    </message>
    <message>
        <source>verify the journal</source>
        <translation>das Journal prüfen</translation>
    </message>
    <message>
        <source>export the journal</source>
        <translation>das Journal exportieren</translation>
    </message>
    <message>
        <source>see who the operators are and their roles</source>
        <translation>sehen, wer die Operatoren sind und welche Rollen sie haben</translation>
    </message>
    <message>
        <source>add, change and remove operators</source>
        <translation>Operatoren hinzufügen, ändern und entfernen</translation>
    </message>
    <message>
        <source>change the delegation policy</source>
        <translation>die Delegationsrichtlinie ändern</translation>
    </message>
    <message>
        <source>view the organization&apos;s members</source>
        <translation>die Mitglieder der Organisation sehen</translation>
    </message>
    <message>
        <source>invite members to the organization</source>
        <translation>Mitglieder in die Organisation einladen</translation>
    </message>
    <message>
        <source>remove members from the organization</source>
        <translation>Mitglieder aus der Organisation entfernen</translation>
    </message>
    <message>
        <source>change members&apos; organization roles</source>
        <translation>die Organisationsrollen von Mitgliedern ändern</translation>
    </message>
    <message>
        <source>require MFA for the organization</source>
        <translation>MFA für die Organisation verlangen</translation>
    </message>
    <message>
        <source>edit the organization&apos;s branding and colours</source>
        <translation>Branding und Farben der Organisation bearbeiten</translation>
    </message>
    <message>
        <source>manage the organization&apos;s just-in-time email domains</source>
        <translation>die Just-in-Time-E-Mail-Domains der Organisation verwalten</translation>
    </message>
    <message>
        <source>reset a member&apos;s password</source>
        <translation>das Passwort eines Mitglieds zurücksetzen</translation>
    </message>
    <message>
        <source>remove a member&apos;s MFA factor</source>
        <translation>einen MFA-Faktor eines Mitglieds entfernen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Organization admin</source>
        <translation>Organisationsadmin</translation>
    </message>
    <message>
        <source>Not allowed: this is outside your organizations. Organization admins act only inside the organizations where they hold %1 (%2).</source>
        <translation>Nicht erlaubt: Das liegt außerhalb Ihrer Organisationen. Organisationsadmins handeln nur in den Organisationen, in denen sie %1 (%2) haben.</translation>
    </message>
    <message>
        <source>Not allowed: in the organization %1 you do not hold %2 (%3).</source>
        <translation>Nicht erlaubt: In der Organisation %1 haben Sie %2 (%3) nicht.</translation>
    </message>
    <message>
        <source>Only owners and developers can preview another operator; you are %1.</source>
        <translation>Nur Eigentümer und Entwickler können die Sicht eines anderen Operators ansehen; Sie sind %1.</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>read authentication events: sign-ins, tokens, MFA</source>
        <translation>Authentifizierungsereignisse lesen: Anmeldungen, Tokens, MFA</translation>
    </message>
    <message>
        <source>keep authentication events in the workspace&apos;s archive and set how long it keeps them</source>
        <translation>Authentifizierungsereignisse im Archiv des Arbeitsbereichs aufbewahren und festlegen, wie lange</translation>
    </message>
</context>
<context>
    <name>gatehouse::policy::AccessControl</name>
    <message>
        <source>Not allowed: this needs %1 (%2), which the %3 role does not have.</source>
        <translation>Nicht erlaubt: Dafür ist %1 (%2) nötig, das die Rolle %3 nicht hat.</translation>
    </message>
    <message>
        <source>Not allowed: the tenant %1 is not one of the tenants your %2 role covers.</source>
        <translation>Nicht erlaubt: Der Mandant %1 gehört nicht zu den Mandanten Ihrer Rolle %2.</translation>
    </message>
    <message>
        <source>Not allowed: your role covers only some tenants, so it cannot create new ones.</source>
        <translation>Nicht erlaubt: Ihre Rolle umfasst nur einige Mandanten und kann daher keine neuen anlegen.</translation>
    </message>
    <message>
        <source>Support staff say why (the reason is recorded in the journal).</source>
        <translation>Support-Mitarbeiter geben einen Grund an (er wird im Journal festgehalten).</translation>
    </message>
    <message>
        <source>Your role covers several tenants: name the tenant whose journal to read.</source>
        <translation>Ihre Rolle umfasst mehrere Mandanten: Geben Sie den Mandanten an, dessen Journal Sie lesen möchten.</translation>
    </message>
    <message>
        <source>Not allowed: this user is also a member of %1, which you do not administer with %2; only an operator of the tenant may do this for them.</source>
        <translation>Nicht erlaubt: Dieser Benutzer ist auch Mitglied von %1, das Sie nicht mit %2 verwalten; nur ein Operator des Mandanten darf das für ihn tun.</translation>
    </message>
    <message>
        <source>Not allowed: the role “%1” grants permissions you do not hold in %2 yourself (%3).</source>
        <translation>Nicht erlaubt: Die Rolle „%1“ gewährt Berechtigungen, die Sie in %2 selbst nicht haben (%3).</translation>
    </message>
    <message>
        <source>Not allowed: this member is the organization&apos;s last admin. Make someone else an admin first.</source>
        <translation>Nicht erlaubt: Dieses Mitglied ist der letzte Admin der Organisation. Machen Sie zuerst jemand anderen zum Admin.</translation>
    </message>
    <message>
        <source>The tenant is not one of the tenants your %1 role covers.</source>
        <translation>Der Mandant gehört nicht zu den Mandanten Ihrer Rolle %1.</translation>
    </message>
    <message>
        <source>Your role covers only some tenants, so it cannot create new ones.</source>
        <translation>Ihre Rolle umfasst nur einige Mandanten und kann daher keine neuen anlegen.</translation>
    </message>
</context>
<context>
    <name>gatehouse::remote</name>
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
        <source>an SSO connector</source>
        <translation>ein SSO-Connector</translation>
    </message>
    <message>
        <source>a sign-in experience</source>
        <translation>eine Anmeldeerfahrung</translation>
    </message>
    <message>
        <source>gone (confirmed after retry)</source>
        <translation>gelöscht (nach Wiederholung bestätigt)</translation>
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
    <message>
        <source>The server kept sending pages past %1 items for one list; Gatehouse stopped reading it.</source>
        <translation>Der Server hat für eine Liste weiter Seiten über %1 Elemente hinaus geschickt; Gatehouse hat das Lesen beendet.</translation>
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
    <message>
        <source>The server did not finish answering within %1 s (all attempts together).</source>
        <translation>Der Server hat seine Antwort nicht innerhalb von %1 s abgeschlossen (alle Versuche zusammen).</translation>
    </message>
</context>
<context>
    <name>gatehouse::rules</name>
    <message>
        <source>The sign-in experience enables no MFA factor, so members could never set up MFA and would be locked out of this organization. Enable at least one MFA factor (Sign-in &amp; MFA) first.</source>
        <translation>Die Anmeldeerfahrung aktiviert keinen MFA-Faktor: Mitglieder könnten MFA nie einrichten und wären aus dieser Organisation ausgesperrt. Aktivieren Sie zuerst mindestens einen MFA-Faktor (Anmeldung &amp; MFA).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a machine-to-machine role; only user roles can be given to members, invitations and just-in-time provisioning.</source>
        <translation>„%1“ ist eine Maschine-zu-Maschine-Rolle; Mitgliedern, Einladungen und der Just-in-time-Bereitstellung können nur Benutzerrollen gegeben werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a user role; only machine-to-machine roles can be given to applications.</source>
        <translation>„%1“ ist eine Benutzerrolle; Anwendungen können nur Maschine-zu-Maschine-Rollen gegeben werden.</translation>
    </message>
    <message>
        <source>Only pending invitations can be %1; this invitation is %2.</source>
        <translation>Nur ausstehende Einladungen können %1 werden; diese Einladung ist %2.</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>is not a valid email domain</source>
        <translation>ist keine gültige E-Mail-Domain</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot;</source>
        <translation>Mandant „%1“</translation>
    </message>
    <message>
        <source>Application &quot;%1&quot;</source>
        <translation>Anwendung „%1“</translation>
    </message>
    <message>
        <source>API resource &quot;%1&quot;</source>
        <translation>API-Ressource „%1“</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot;</source>
        <translation>Rolle „%1“</translation>
    </message>
    <message>
        <source>User &quot;%1&quot;</source>
        <translation>Benutzer „%1“</translation>
    </message>
    <message>
        <source>Organization &quot;%1&quot;</source>
        <translation>Organisation „%1“</translation>
    </message>
    <message>
        <source>Organization permission &quot;%1&quot;</source>
        <translation>Organisationsberechtigung „%1“</translation>
    </message>
    <message>
        <source>Organization role &quot;%1&quot;</source>
        <translation>Organisationsrolle „%1“</translation>
    </message>
    <message>
        <source>SSO connector &quot;%1&quot;</source>
        <translation>SSO-Connector „%1“</translation>
    </message>
    <message>
        <source>The sign-in experience</source>
        <translation>Die Anmeldeerfahrung</translation>
    </message>
    <message>
        <source>The type of an application cannot be changed; create a new application instead.</source>
        <translation>Der Typ einer Anwendung kann nicht geändert werden; legen Sie stattdessen eine neue Anwendung an.</translation>
    </message>
    <message>
        <source>The indicator of an API resource cannot be changed (tokens already carry it); create a new resource instead.</source>
        <translation>Der Indikator einer API-Ressource kann nicht geändert werden (Tokens enthalten ihn bereits); legen Sie stattdessen eine neue Ressource an.</translation>
    </message>
    <message>
        <source>The type of a role cannot be changed; create a new role instead.</source>
        <translation>Der Typ einer Rolle kann nicht geändert werden; legen Sie stattdessen eine neue Rolle an.</translation>
    </message>
    <message>
        <source>The type of an organization role cannot be changed; create a new role instead.</source>
        <translation>Der Typ einer Organisationsrolle kann nicht geändert werden; legen Sie stattdessen eine neue Rolle an.</translation>
    </message>
    <message>
        <source>The provider of a connector cannot be changed; create a new connector instead.</source>
        <translation>Der Anbieter eines Connectors kann nicht geändert werden; legen Sie stattdessen einen neuen Connector an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of Argon2i, Argon2id, Argon2d, SHA1, SHA256, MD5, Bcrypt, Legacy</source>
        <translation>„%1“ ist keiner von Argon2i, Argon2id, Argon2d, SHA1, SHA256, MD5, Bcrypt, Legacy</translation>
    </message>
    <message>
        <source>Say why (the reason is recorded in the journal).</source>
        <translation>Geben Sie einen Grund an (er wird im Journal festgehalten).</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>ist zu lang</translation>
    </message>
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
    <message numerus="yes">
        <source>This user&apos;s password was checked %n time(s) in the last 15 minutes; try again in %1 minute(s). Every check is recorded in the journal.</source>
        <translation>
            <numerusform>Das Passwort dieses Benutzers wurde in den letzten 15 Minuten %n-mal geprüft; versuchen Sie es in %1 Minute(n) erneut. Jede Prüfung wird im Journal festgehalten.</numerusform>
            <numerusform>Das Passwort dieses Benutzers wurde in den letzten 15 Minuten %n-mal geprüft; versuchen Sie es in %1 Minute(n) erneut. Jede Prüfung wird im Journal festgehalten.</numerusform>
        </translation>
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
    <message>
        <source>The certificate is empty.</source>
        <translation>Das Zertifikat ist leer.</translation>
    </message>
    <message>
        <source>The certificate could not be read (out of memory).</source>
        <translation>Das Zertifikat konnte nicht gelesen werden (nicht genügend Speicher).</translation>
    </message>
    <message>
        <source>This is not a PEM-encoded X.509 certificate (expected &quot;-----BEGIN CERTIFICATE-----&quot; and a base64 body).</source>
        <translation>Dies ist kein PEM-codiertes X.509-Zertifikat (erwartet: „-----BEGIN CERTIFICATE-----“ und ein Base64-Inhalt).</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity dates cannot be read.</source>
        <translation>Die Gültigkeitsdaten des Zertifikats können nicht gelesen werden.</translation>
    </message>
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
        <source>PBKDF2 with %1 iterations and a %2-byte key is beyond what Gatehouse verifies (at most %3 iterations and %4 bytes).</source>
        <translation>PBKDF2 mit %1 Iterationen und einem %2-Byte-Schlüssel liegt über dem, was Gatehouse prüft (höchstens %3 Iterationen und %4 Bytes).</translation>
    </message>
    <message>
        <source>Argon2 with m=%1 KiB, t=%2, p=%3 is beyond what Gatehouse verifies (at most m=%4 KiB, t=%5, p=%6, and m×t at most %7).</source>
        <translation>Argon2 mit m=%1 KiB, t=%2, p=%3 liegt über dem, was Gatehouse prüft (höchstens m=%4 KiB, t=%5, p=%6 und m×t höchstens %7).</translation>
    </message>
    <message>
        <source>A bcrypt cost of %1 is outside what Gatehouse verifies (4 to %2).</source>
        <translation>Ein bcrypt-Kostenfaktor von %1 liegt außerhalb dessen, was Gatehouse prüft (4 bis %2).</translation>
    </message>
</context>
<context>
    <name>gatehouse::security::CredentialResolver</name>
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
        <source>No system keychain is available, so this machine holds no journal key: entries are written unsealed and only the unkeyed chain can be checked.</source>
        <translation>Kein Systemschlüsselbund verfügbar, daher hält dieser Rechner keinen Journalschlüssel: Einträge werden unversiegelt geschrieben, und nur die Kette ohne Schlüssel kann geprüft werden.</translation>
    </message>
    <message>
        <source>The keychain entry %1 for %2 is not a journal key; only the unkeyed chain can be checked.</source>
        <translation>Der Schlüsselbundeintrag %1 für %2 ist kein Journalschlüssel; nur die Kette ohne Schlüssel kann geprüft werden.</translation>
    </message>
    <message>
        <source>This machine holds no journal key for %1 yet (one is made by the first change made here); only the unkeyed chain can be checked.</source>
        <translation>Dieser Rechner hält noch keinen Journalschlüssel für %1 (die erste Änderung hier erzeugt einen); nur die Kette ohne Schlüssel kann geprüft werden.</translation>
    </message>
    <message>
        <source>The journal key for %1 could not be read from the keychain (%2); only the unkeyed chain can be checked.</source>
        <translation>Der Journalschlüssel für %1 konnte nicht aus dem Schlüsselbund gelesen werden (%2); nur die Kette ohne Schlüssel kann geprüft werden.</translation>
    </message>
    <message>
        <source>A journal key for %1 could not be saved in the keychain (%2); entries are written unsealed.</source>
        <translation>Ein Journalschlüssel für %1 konnte nicht im Schlüsselbund gespeichert werden (%2); Einträge werden unversiegelt geschrieben.</translation>
    </message>
</context>
<context>
    <name>gatehouse::signin</name>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>backup codes cannot be the only factor: enable an authenticator app (TOTP), a passkey (WebAuthn) or a verification code as well</source>
        <translation>Backup-Codes können nicht der einzige Faktor sein: aktivieren Sie zusätzlich eine Authenticator-App (TOTP), einen Passkey (WebAuthn) oder einen Bestätigungscode</translation>
    </message>
    <message>
        <source>the policy %1 asks people to set up MFA, but no factor is enabled: enable at least one factor or choose UserControlled or NoPrompt</source>
        <translation>die Richtlinie %1 fordert Personen auf, MFA einzurichten, aber kein Faktor ist aktiviert: aktivieren Sie mindestens einen Faktor oder wählen Sie UserControlled oder NoPrompt</translation>
    </message>
    <message>
        <source>MFA factors cannot all be turned off while these organizations require MFA: %1. Their members could never get organization tokens. Turn off &quot;Require MFA&quot; on them first.</source>
        <translation>MFA-Faktoren können nicht alle ausgeschaltet werden, solange diese Organisationen MFA verlangen: %1. Ihre Mitglieder würden nie Organisations-Token erhalten. Schalten Sie dort zuerst „MFA verlangen“ aus.</translation>
    </message>
</context>
<context>
    <name>gatehouse::sql</name>
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
</context>
<context>
    <name>gatehouse::sql::SqlWorker</name>
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
    <message>
        <source>Cannot create the workspace %1.</source>
        <translation>Der Arbeitsbereich %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::sql::journal</name>
    <message>
        <source>The journal head record is missing.</source>
        <translation>Der Datensatz des Journalkopfs fehlt.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) stores more or other data than its hash covers: its before/after values were changed after it was written.</source>
        <translation>Eintrag %1 (%2) speichert mehr oder andere Daten, als sein Hash abdeckt: Seine Vorher-/Nachher-Werte wurden nach dem Schreiben geändert.</translation>
    </message>
</context>
<context>
    <name>gatehouse::sso</name>
    <message>
        <source>must be an absolute URL, like https://idp.example.com</source>
        <translation>muss eine absolute URL sein, etwa https://idp.example.com</translation>
    </message>
    <message>
        <source>must use https</source>
        <translation>muss https verwenden</translation>
    </message>
    <message>
        <source>must not contain a fragment (#…)</source>
        <translation>darf kein Fragment (#…) enthalten</translation>
    </message>
    <message>
        <source>must be an absolute http or https URL</source>
        <translation>muss eine absolute http- oder https-URL sein</translation>
    </message>
    <message>
        <source>must be SAML metadata with an EntityDescriptor root element (found &lt;%1&gt;)</source>
        <translation>muss SAML-Metadaten mit einem EntityDescriptor-Wurzelelement enthalten (gefunden: &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>is not well-formed XML (line %1, column %2: %3)</source>
        <translation>ist kein wohlgeformtes XML (Zeile %1, Spalte %2: %3)</translation>
    </message>
    <message>
        <source>contains no XML element</source>
        <translation>enthält kein XML-Element</translation>
    </message>
    <message>
        <source>enter the issuer URL of the identity provider</source>
        <translation>geben Sie die Aussteller-URL des Identitätsanbieters ein</translation>
    </message>
    <message>
        <source>enter the client ID issued by the identity provider</source>
        <translation>geben Sie die vom Identitätsanbieter ausgestellte Client-ID ein</translation>
    </message>
    <message>
        <source>enter the client secret issued by the identity provider</source>
        <translation>geben Sie das vom Identitätsanbieter ausgestellte Client-Geheimnis ein</translation>
    </message>
    <message>
        <source>must be a space-separated list of scopes</source>
        <translation>muss eine durch Leerzeichen getrennte Liste von Berechtigungen (Scopes) sein</translation>
    </message>
    <message>
        <source>must include &quot;openid&quot; (OpenID Connect needs it)</source>
        <translation>muss „openid“ enthalten (OpenID Connect benötigt es)</translation>
    </message>
    <message>
        <source>the certificate (%1) expired on %2</source>
        <translation>das Zertifikat (%1) ist am %2 abgelaufen</translation>
    </message>
    <message>
        <source>the certificate (%1) expires on %2; ask the identity provider for its next signing certificate</source>
        <translation>das Zertifikat (%1) läuft am %2 ab; fordern Sie beim Identitätsanbieter dessen nächstes Signaturzertifikat an</translation>
    </message>
    <message>
        <source>the certificate is valid only from %1</source>
        <translation>das Zertifikat ist erst ab %1 gültig</translation>
    </message>
    <message>
        <source>enter the identity provider&apos;s metadata URL, paste its metadata XML, or enter its entity ID, sign-in URL and signing certificate</source>
        <translation>geben Sie die Metadaten-URL des Identitätsanbieters ein, fügen Sie sein Metadaten-XML ein oder geben Sie Entitäts-ID, Anmelde-URL und Signaturzertifikat ein</translation>
    </message>
    <message>
        <source>enter the identity provider&apos;s entity ID</source>
        <translation>geben Sie die Entitäts-ID des Identitätsanbieters ein</translation>
    </message>
    <message>
        <source>enter the identity provider&apos;s single sign-on URL</source>
        <translation>geben Sie die Single-Sign-On-URL des Identitätsanbieters ein</translation>
    </message>
    <message>
        <source>paste the identity provider&apos;s signing certificate (PEM)</source>
        <translation>fügen Sie das Signaturzertifikat des Identitätsanbieters ein (PEM)</translation>
    </message>
    <message>
        <source>%1 is a public email provider: anyone can have an address there, so routing it to this connector affects people outside the organization</source>
        <translation>%1 ist ein öffentlicher E-Mail-Anbieter: jeder kann dort eine Adresse haben, daher betrifft die Weiterleitung an diesen Connector auch Personen außerhalb der Organisation</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AccessExplainerPage</name>
    <message>
        <source>Already a member</source>
        <translation>Bereits Mitglied</translation>
    </message>
    <message>
        <source>Just in time: email domain</source>
        <translation>Just-in-time: E-Mail-Domain</translation>
    </message>
    <message>
        <source>Just in time: SSO connector</source>
        <translation>Just-in-time: SSO-Connector</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <source>Required: already set up</source>
        <translation>Erforderlich: bereits eingerichtet</translation>
    </message>
    <message>
        <source>Required: asked to set up MFA at sign-in</source>
        <translation>Erforderlich: wird bei der Anmeldung zur Einrichtung von MFA aufgefordert</translation>
    </message>
    <message>
        <source>Required: no organization token until MFA is set up</source>
        <translation>Erforderlich: kein Organisationstoken, bis MFA eingerichtet ist</translation>
    </message>
    <message>
        <source>&amp;Look it up</source>
        <translation>Na&amp;chschlagen</translation>
    </message>
    <message>
        <source>&amp;New person (signs up)</source>
        <translation>&amp;Neue Person (registriert sich)</translation>
    </message>
    <message>
        <source>E&amp;xisting user</source>
        <translation>&amp;Bestehender Benutzer</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Erklären</translation>
    </message>
    <message>
        <source>&amp;Copy as JSON</source>
        <translation>Als JSON &amp;kopieren</translation>
    </message>
    <message>
        <source>alice@acme.com</source>
        <translation>alice@acme.com</translation>
    </message>
    <message>
        <source>An existing user if one has this email, otherwise a new person.</source>
        <translation>Ein bestehender Benutzer, falls einer diese E-Mail-Adresse hat, sonst eine neue Person.</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Sign in &amp;through</source>
        <translation>&amp;Anmeldung über</translation>
    </message>
    <message>
        <source>Access explainer</source>
        <translation>Zugriffserklärung</translation>
    </message>
    <message>
        <source>Type an email address and press Explain. Try one at a domain an SSO connector claims, or one that an organization&apos;s just-in-time provisioning names. Nothing is changed: the explainer only reads.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein und klicken Sie auf „Erklären“. Probieren Sie eine Adresse an einer Domain, die ein SSO-Connector beansprucht, oder an einer, die in der Just-in-time-Bereitstellung einer Organisation genannt ist. Es wird nichts geändert: Die Zugriffserklärung liest nur.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>Beitritt</translation>
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
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Organizations after sign-in</source>
        <translation>Organisationen nach der Anmeldung</translation>
    </message>
    <message>
        <source>Multi-factor authentication</source>
        <translation>Multi-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Wherever sign-in routes the email</source>
        <translation>Dorthin, wohin die Anmeldung die E-Mail leitet</translation>
    </message>
    <message>
        <source>Could not list the SSO connectors: %1</source>
        <translation>Die SSO-Connectors konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>SSO connector %1 (%2)</source>
        <translation>SSO-Connector %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is not an email address with a valid domain.</source>
        <translation>%1 ist keine E-Mail-Adresse mit gültiger Domain.</translation>
    </message>
    <message>
        <source>%1 cannot sign in.</source>
        <translation>%1 kann sich nicht anmelden.</translation>
    </message>
    <message>
        <source>%1 signs in through the SSO connector %2. A password or verification code cannot be used for this email.</source>
        <translation>%1 meldet sich über den SSO-Connector %2 an. Passwort oder Bestätigungscode können für diese E-Mail nicht verwendet werden.</translation>
    </message>
    <message>
        <source>%1 signs in through the SSO connector %2.</source>
        <translation>%1 meldet sich über den SSO-Connector %2 an.</translation>
    </message>
    <message>
        <source>%1 signs in with a password or a verification code: no SSO connector takes this email.</source>
        <translation>%1 meldet sich mit Passwort oder Bestätigungscode an: Kein SSO-Connector übernimmt diese E-Mail.</translation>
    </message>
    <message>
        <source>User %1 has this email and is suspended: they cannot sign in until the suspension is lifted.</source>
        <translation>Benutzer %1 hat diese E-Mail und ist gesperrt: Eine Anmeldung ist erst wieder möglich, wenn die Sperrung aufgehoben ist.</translation>
    </message>
    <message>
        <source>Explained as a new person signing up, although user %1 has this email.</source>
        <translation>Als Registrierung einer neuen Person erklärt, obwohl Benutzer %1 diese E-Mail hat.</translation>
    </message>
    <message>
        <source>Existing user %1.</source>
        <translation>Bestehender Benutzer %1.</translation>
    </message>
    <message>
        <source>New person: no user has this email yet.</source>
        <translation>Neue Person: Noch kein Benutzer hat diese E-Mail.</translation>
    </message>
    <message>
        <source>Explained as an existing account (for example one an administrator created); no user has this email yet.</source>
        <translation>Als bestehendes Konto erklärt (zum Beispiel eines, das ein Administrator angelegt hat); noch kein Benutzer hat diese E-Mail.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No organization: the person will not be a member of any.</source>
        <translation>Keine Organisation: Die Person wird in keiner Mitglied sein.</translation>
    </message>
    <message>
        <source>No organization: the person cannot sign in.</source>
        <translation>Keine Organisation: Die Person kann sich nicht anmelden.</translation>
    </message>
    <message>
        <source>Tenant policy: %1 — %2</source>
        <translation>Mandantenrichtlinie: %1 — %2</translation>
    </message>
    <message>
        <source>Factors: none enabled.</source>
        <translation>Faktoren: keine aktiviert.</translation>
    </message>
    <message>
        <source>Factors: %1.</source>
        <translation>Faktoren: %1.</translation>
    </message>
    <message>
        <source>Organizations that require MFA: %1.</source>
        <translation>Organisationen, die MFA verlangen: %1.</translation>
    </message>
    <message>
        <source>The user has MFA set up.</source>
        <translation>Der Benutzer hat MFA eingerichtet.</translation>
    </message>
    <message>
        <source>The user has no MFA set up.</source>
        <translation>Der Benutzer hat keine MFA eingerichtet.</translation>
    </message>
    <message>
        <source>What happens when someone signs in: SSO routing, organizations joined just in time with their roles, MFA and suspension, from the same rules sign-in uses. And what an operator may do in an organization, and why.</source>
        <translation>Was bei einer Anmeldung geschieht: SSO-Weiterleitung, Just-in-time beigetretene Organisationen mit ihren Rollen, MFA und Sperrung – nach denselben Regeln wie die Anmeldung. Und was ein Operator in einer Organisation darf, und warum.</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Operators in an organization</source>
        <translation>Operatoren in einer Organisation</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ApplicationEditor</name>
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
        <source>Application changed elsewhere</source>
        <translation>Anwendung wurde anderswo geändert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else after you opened it. Reload it? Your edits in this form will be discarded.</source>
        <translation>„%1“ wurde von jemand anderem geändert, nachdem Sie es geöffnet haben. Neu laden? Ihre Änderungen in diesem Formular gehen dabei verloren.</translation>
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
</context>
<context>
    <name>gatehouse::ui::BrandingPreview</name>
    <message>
        <source>Loading the logo…</source>
        <translation>Logo wird geladen …</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>dark logo</source>
        <translation>dunkle Logo</translation>
    </message>
    <message>
        <source>The %1 could not be loaded: %2</source>
        <translation>Das %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Only https:// logo addresses are previewed (not files, data or plain http).</source>
        <translation>Nur https://-Logoadressen werden in der Vorschau gezeigt (keine Dateien, keine data-Adressen, kein unverschlüsseltes http).</translation>
    </message>
    <message>
        <source>A logo address with a user name or password is not previewed.</source>
        <translation>Eine Logoadresse mit Benutzername oder Passwort wird nicht in der Vorschau gezeigt.</translation>
    </message>
    <message>
        <source>Logos on this machine are not previewed.</source>
        <translation>Logos auf diesem Rechner werden nicht in der Vorschau gezeigt.</translation>
    </message>
    <message>
        <source>Logos at %1 are not previewed: it is this machine or a private network.</source>
        <translation>Logos unter %1 werden nicht in der Vorschau gezeigt: Das ist dieser Rechner oder ein privates Netz.</translation>
    </message>
    <message>
        <source>larger than 2 MiB</source>
        <translation>größer als 2 MiB</translation>
    </message>
    <message>
        <source>not an image Gatehouse can show (PNG, JPEG, SVG, GIF, WebP…)</source>
        <translation>kein Bild, das Gatehouse anzeigen kann (PNG, JPEG, SVG, GIF, WebP…)</translation>
    </message>
    <message>
        <source>%1×%2 pixels, more than %3×%3</source>
        <translation>%1×%2 Pixel, mehr als %3×%3</translation>
    </message>
    <message>
        <source>Load logos</source>
        <translation>Logos laden</translation>
    </message>
    <message>
        <source>Fetch the logos from their https:// addresses to preview them. Nothing is fetched until you ask.</source>
        <translation>Die Logos für die Vorschau von ihren https://-Adressen abrufen. Nichts wird abgerufen, bevor Sie es verlangen.</translation>
    </message>
    <message>
        <source>Logos are fetched only when you click Load logos.</source>
        <translation>Logos werden erst abgerufen, wenn Sie auf „Logos laden“ klicken.</translation>
    </message>
    <message>
        <source>The %1 is not loaded: %2</source>
        <translation>Das %1 wird nicht geladen: %2</translation>
    </message>
    <message>
        <source>The %1 could not be loaded: %2 cannot be resolved.</source>
        <translation>Das %1 konnte nicht geladen werden: %2 lässt sich nicht auflösen.</translation>
    </message>
    <message>
        <source>The %1 could not be loaded: larger than 2 MiB.</source>
        <translation>Das %1 konnte nicht geladen werden: größer als 2 MiB.</translation>
    </message>
    <message>
        <source>The %1 could not be loaded: its address redirects elsewhere (not followed).</source>
        <translation>Das %1 konnte nicht geladen werden: Seine Adresse leitet woandershin um (nicht gefolgt).</translation>
    </message>
    <message>
        <source>The %1 is %2.</source>
        <translation>Das %1 ist %2.</translation>
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
    <message>
        <source>The endpoint is https://HOST (for example https://auth.example.com), or http:// for a Development connection to a server on this machine (localhost, 127.0.0.1, [::1]); logto+ in front is accepted too.</source>
        <translation>Der Endpunkt ist https://HOST (zum Beispiel https://auth.example.com) oder http:// für eine Entwicklungsverbindung zu einem Server auf diesem Rechner (localhost, 127.0.0.1, [::1]); logto+ davor wird ebenfalls akzeptiert.</translation>
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
    <name>gatehouse::ui::CreateInvitationDialog</name>
    <message>
        <source>Invite to %1</source>
        <translation>Einladung zu %1</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>The organization template has no user roles yet.</source>
        <translation>Die Organisationsvorlage hat noch keine Benutzerrollen.</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <source>E&amp;xpires in</source>
        <translation>Läuft a&amp;b in</translation>
    </message>
    <message>
        <source>Create invitation</source>
        <translation>Einladung erstellen</translation>
    </message>
    <message>
        <source>The invitee joins &quot;%1&quot; with these roles when they accept. Gatehouse records the invitation; your application sends the email.</source>
        <translation>Die eingeladene Person tritt „%1“ mit diesen Rollen bei, sobald sie annimmt. Gatehouse erfasst die Einladung; die E-Mail versendet Ihre Anwendung.</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <source>Required: e.g. Support ticket 4821</source>
        <translation>Erforderlich: z. B. Support-Ticket 4821</translation>
    </message>
    <message>
        <source>Optional: recorded in the journal</source>
        <translation>Optional: wird im Journal festgehalten</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>&amp;Grund</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CreateOrganizationDialog</name>
    <message>
        <source>Create organization</source>
        <translation>Organisation erstellen</translation>
    </message>
    <message>
        <source>e.g. Acme Corporation</source>
        <translation>z. B. Acme Corporation</translation>
    </message>
    <message>
        <source>Optional: who this customer is</source>
        <translation>Optional: wer dieser Kunde ist</translation>
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
        <source>An organization is one of your customers: its members, their organization roles, its sign-in rules and its branding. It runs on the organization template.</source>
        <translation>Eine Organisation ist einer Ihrer Kunden: ihre Mitglieder, deren Organisationsrollen, ihre Anmelderegeln und ihr Branding. Sie basiert auf der Organisationsvorlage.</translation>
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
    <name>gatehouse::ui::CreateSsoConnectorDialog</name>
    <message>
        <source>Add SSO connector</source>
        <translation>SSO-Connector hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Acme Okta</source>
        <translation>z. B. Acme Okta</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Anbieter</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Email domains</source>
        <translation>E-Mail-Domains</translation>
    </message>
    <message>
        <source>Add connector</source>
        <translation>Connector hinzufügen</translation>
    </message>
    <message>
        <source>Fill in the connection details first</source>
        <translation>Füllen Sie zuerst die Verbindungsdetails aus</translation>
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
    <name>gatehouse::ui::DashboardPage</name>
    <message>
        <source>same as %1</source>
        <translation>wie %1</translation>
    </message>
    <message>
        <source>%1 vs. %2</source>
        <translation>%1 ggü. %2</translation>
    </message>
    <message>
        <source>Daily active users, last 30 days</source>
        <translation>Täglich aktive Benutzer, letzte 30 Tage</translation>
    </message>
    <message>
        <source>Failed sign-ins per day, last 30 days</source>
        <translation>Fehlgeschlagene Anmeldungen pro Tag, letzte 30 Tage</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Open users</source>
        <translation>Benutzer öffnen</translation>
    </message>
    <message>
        <source>New in 7 days</source>
        <translation>Neu in 7 Tagen</translation>
    </message>
    <message>
        <source>Active today</source>
        <translation>Heute aktiv</translation>
    </message>
    <message>
        <source>Token events</source>
        <translation>Token-Ereignisse</translation>
    </message>
    <message>
        <source>Active in 7 days</source>
        <translation>Aktiv in 7 Tagen</translation>
    </message>
    <message>
        <source>Active in 30 days</source>
        <translation>Aktiv in 30 Tagen</translation>
    </message>
    <message>
        <source>Failed sign-ins, 7 days</source>
        <translation>Fehlanmeldungen, 7 Tage</translation>
    </message>
    <message>
        <source>Open failures</source>
        <translation>Fehlschläge öffnen</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Open organizations</source>
        <translation>Organisationen öffnen</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Double-click a reason to see its events</source>
        <translation>Doppelklick auf einen Grund zeigt seine Ereignisse</translation>
    </message>
    <message>
        <source>Why sign-ins failed in the last 7 days</source>
        <translation>Warum Anmeldungen in den letzten 7 Tagen fehlschlugen</translation>
    </message>
    <message>
        <source>No tenant yet</source>
        <translation>Noch kein Mandant</translation>
    </message>
    <message>
        <source>A tenant holds applications, API resources, roles and users. Most teams keep one for development and one for production.</source>
        <translation>Ein Mandant enthält Anwendungen, API-Ressourcen, Rollen und Benutzer. Die meisten Teams haben einen für die Entwicklung und einen für die Produktion.</translation>
    </message>
    <message>
        <source>Create tenant</source>
        <translation>Mandant anlegen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>The tenant at a glance. Active users are those with a successful token exchange that day, as Logto counts them; on a workspace they come from the archive of events.</source>
        <translation>Der Mandant auf einen Blick. Aktiv sind Benutzer mit einem erfolgreichen Token-Austausch an diesem Tag, wie Logto sie zählt; in einem Arbeitsbereich stammen sie aus dem Ereignisarchiv.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>Zählen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>prior 7 days</source>
        <translation>vorherige 7 Tage</translation>
    </message>
    <message>
        <source>prior 30 days</source>
        <translation>vorherige 30 Tage</translation>
    </message>
    <message>
        <source>%1 new today</source>
        <translation>%1 heute neu</translation>
    </message>
    <message>
        <source>from the newest events only, back to %1</source>
        <translation>nur aus den neuesten Ereignissen, zurück bis %1</translation>
    </message>
    <message>
        <source>%1 memberships</source>
        <translation>%1 Mitgliedschaften</translation>
    </message>
    <message>
        <source>memberships not counted by the server</source>
        <translation>Mitgliedschaften zählt der Server nicht</translation>
    </message>
    <message>
        <source>No sign-in events in the last 30 days. A workspace counts the events in its archive: copy a Logto tenant&apos;s events with &quot;gatehouse-cli logs sync&quot;.</source>
        <translation>Keine Anmeldeereignisse in den letzten 30 Tagen. Ein Arbeitsbereich zählt die Ereignisse in seinem Archiv: Ereignisse eines Logto-Mandanten kopiert „gatehouse-cli logs sync“.</translation>
    </message>
    <message>
        <source>No failed sign-ins in the last 7 days.</source>
        <translation>Keine fehlgeschlagenen Anmeldungen in den letzten 7 Tagen.</translation>
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
    <name>gatehouse::ui::DelegationPanel</name>
    <message>
        <source>Lend organization admins what they may do in their own organizations. A member whose organization role grants the permission chosen here may use the ability in that organization, and nowhere else. Your customer&apos;s app can read the same roles, so one template drives both. Gatehouse enforces it, and on PostgreSQL so does the database.</source>
        <translation>Verleihen Sie Organisationsadmins, was sie in ihren eigenen Organisationen tun dürfen. Ein Mitglied, dessen Organisationsrolle die hier gewählte Berechtigung gewährt, darf die Fähigkeit in dieser Organisation nutzen, und nirgends sonst. Die App Ihres Kunden kann dieselben Rollen lesen, so steuert eine Vorlage beides. Gatehouse setzt es durch, und bei PostgreSQL auch die Datenbank.</translation>
    </message>
    <message>
        <source>An organization admin may</source>
        <translation>Ein Organisationsadmin darf</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Lent through permission</source>
        <translation>Verliehen über Berechtigung</translation>
    </message>
    <message>
        <source>Member and what they may do</source>
        <translation>Mitglied und was es darf</translation>
    </message>
    <message>
        <source>Granted by the role</source>
        <translation>Gewährt durch die Rolle</translation>
    </message>
    <message>
        <source>In &amp;organization</source>
        <translation>In &amp;Organisation</translation>
    </message>
    <message>
        <source>Who can do what</source>
        <translation>Wer was darf</translation>
    </message>
    <message>
        <source>A Logto connection has no delegation policy: its machine-to-machine credentials act as an administrator, so only owners and developers use it. Delegate on a Gatehouse workspace (a file or PostgreSQL).</source>
        <translation>Eine Logto-Verbindung hat keine Delegationsrichtlinie: Ihre Machine-to-Machine-Zugangsdaten handeln als Administrator, daher nutzen sie nur Eigentümer und Entwickler. Delegieren Sie in einem Gatehouse-Arbeitsbereich (Datei oder PostgreSQL).</translation>
    </message>
    <message>
        <source>Could not read the delegation policy: %1</source>
        <translation>Die Delegationsrichtlinie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not delegated</source>
        <translation>Nicht delegiert</translation>
    </message>
    <message>
        <source>(deleted permission %1)</source>
        <translation>(gelöschte Berechtigung %1)</translation>
    </message>
    <message>
        <source>Create organization permissions first: an ability is lent through one.</source>
        <translation>Legen Sie zuerst Organisationsberechtigungen an: Eine Fähigkeit wird über eine verliehen.</translation>
    </message>
    <message>
        <source>The organization permission that lends “%1” (%2).</source>
        <translation>Die Organisationsberechtigung, die „%1“ verleiht (%2).</translation>
    </message>
    <message>
        <source>Nothing is delegated: organization admins can do nothing in Gatehouse yet.</source>
        <translation>Nichts ist delegiert: Organisationsadmins können in Gatehouse noch nichts tun.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 abilities are lent to organization admins.</source>
        <translation>
            <numerusform>%n von %1 Fähigkeiten ist an Organisationsadmins verliehen.</numerusform>
            <numerusform>%n von %1 Fähigkeiten sind an Organisationsadmins verliehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not change what lends “%1”.</source>
        <translation>Es konnte nicht geändert werden, was „%1“ verleiht.</translation>
    </message>
    <message>
        <source>“%1” is lent no longer.</source>
        <translation>„%1“ wird nicht mehr verliehen.</translation>
    </message>
    <message>
        <source>“%1” is lent through “%2”.</source>
        <translation>„%1“ wird über „%2“ verliehen.</translation>
    </message>
    <message>
        <source>No organization uses the template yet.</source>
        <translation>Noch keine Organisation verwendet die Vorlage.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Nobody in %1 holds a delegated ability.</source>
        <translation>Niemand in %1 hat eine delegierte Fähigkeit.</translation>
    </message>
    <message>
        <source>Could not read who can do what: %1</source>
        <translation>Es konnte nicht gelesen werden, wer was darf: %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::EditorWidget</name>
    <message>
        <source>Could not save &quot;%1&quot;.</source>
        <translation>„%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else after you opened it. Reload it? Your edits will be discarded.</source>
        <translation>„%1“ wurde von jemand anderem geändert, nachdem Sie es geöffnet haben. Neu laden? Ihre Änderungen werden verworfen.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Not saved: fix the marked fields</source>
        <translation>Nicht gespeichert: korrigieren Sie die markierten Felder</translation>
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
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Änderungen speichern (Strg+S)</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::EventColumns</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
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
    <message>
        <source>Requests to the server</source>
        <translation>Anfragen an den Server</translation>
    </message>
    <message>
        <source>A Logto connection records each request that may change the server before it is sent and again with its outcome. Show those entries too.</source>
        <translation>Eine Logto-Verbindung zeichnet jede Anfrage, die den Server ändern kann, vor dem Senden und noch einmal mit ihrem Ergebnis auf. Diese Einträge ebenfalls anzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries %1, requests to the server included.</source>
        <translation>
            <numerusform>%n Eintrag %1, Anfragen an den Server eingeschlossen.</numerusform>
            <numerusform>%n Einträge %1, Anfragen an den Server eingeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Rohes JSON</translation>
    </message>
    <message>
        <source>%1 (as %2)</source>
        <translation>%1 (als %2)</translation>
    </message>
    <message>
        <source>Any operator</source>
        <translation>Jeder Bearbeiter</translation>
    </message>
    <message>
        <source>Changes by this operator: the name the workspace established, or the one they declared</source>
        <translation>Änderungen dieses Bearbeiters: der vom Arbeitsbereich festgestellte oder der selbst angegebene Name</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <source>An action (user.update), or a family of actions ending in * (user.*)</source>
        <translation>Eine Aktion (user.update) oder eine Aktionsfamilie mit * am Ende (user.*)</translation>
    </message>
    <message>
        <source>Target id</source>
        <translation>Ziel-ID</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Show the stored before and after values as JSON</source>
        <translation>Die gespeicherten Vorher- und Nachher-Werte als JSON zeigen</translation>
    </message>
    <message>
        <source>No change %1 matches the filters.</source>
        <translation>Keine Änderung %1 passt zu den Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes %1 match the filters.</source>
        <translation>
            <numerusform>%n Änderung %1 passt zu den Filtern.</numerusform>
            <numerusform>%n Änderungen %1 passen zu den Filtern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Older entries follow.</source>
        <translation>Ältere Einträge folgen.</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>Nr. %1 %2</translation>
    </message>
    <message>
        <source>%1 (declared: %2)</source>
        <translation>%1 (angegeben: %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;When&lt;/b&gt; %1 &lt;span style=&quot;color: gray;&quot;&gt;(%2)&lt;/span&gt;</source>
        <translation>&lt;b&gt;Wann&lt;/b&gt; %1 &lt;span style=&quot;color: gray;&quot;&gt;(%2)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;By&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Von&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Request&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Anfrage&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target&lt;/b&gt; %1 &lt;code&gt;%2&lt;/code&gt; — &lt;a href=&quot;copy-id&quot;&gt;copy id&lt;/a&gt; · &lt;a href=&quot;only-target&quot;&gt;only this target&lt;/a&gt;</source>
        <translation>&lt;b&gt;Ziel&lt;/b&gt; %1 &lt;code&gt;%2&lt;/code&gt; — &lt;a href=&quot;copy-id&quot;&gt;ID kopieren&lt;/a&gt; · &lt;a href=&quot;only-target&quot;&gt;nur dieses Ziel&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reason&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Grund&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Nothing recorded beyond the action.</source>
        <translation>Außer der Aktion nichts erfasst.</translation>
    </message>
    <message>
        <source>No field changed.</source>
        <translation>Kein Feld geändert.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::LogSyncDialog</name>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisieren</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Sync events from Logto</source>
        <translation>Ereignisse von Logto synchronisieren</translation>
    </message>
    <message>
        <source>%1 (%2, tenant %3)</source>
        <translation>%1 (%2, Mandant %3)</translation>
    </message>
    <message>
        <source>The archive of tenant &quot;%1&quot; in this workspace. Only events newer than the last sync are fetched; an interrupted sync continues where it stopped, and no event is stored twice.</source>
        <translation>Das Archiv des Mandanten „%1“ in diesem Arbeitsbereich. Nur Ereignisse nach der letzten Synchronisierung werden abgerufen; eine unterbrochene Synchronisierung setzt dort fort, wo sie stehen blieb, und kein Ereignis wird doppelt gespeichert.</translation>
    </message>
    <message>
        <source>Stop after the batch in flight is stored; the next sync continues from there</source>
        <translation>Anhalten, sobald der laufende Stapel gespeichert ist; die nächste Synchronisierung setzt dort fort</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Nach:</translation>
    </message>
    <message>
        <source>No Logto connection is saved on this computer. Add one under File → Connections…, then sync its events here.</source>
        <translation>Auf diesem Rechner ist keine Logto-Verbindung gespeichert. Legen Sie unter Datei → Verbindungen … eine an und synchronisieren Sie dann hier ihre Ereignisse.</translation>
    </message>
    <message>
        <source>This workspace keeps no archive of events.</source>
        <translation>Dieser Arbeitsbereich führt kein Ereignisarchiv.</translation>
    </message>
    <message>
        <source>The connection is no longer saved.</source>
        <translation>Die Verbindung ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 …</translation>
    </message>
    <message>
        <source>No client secret is known for this connection: connect to it once (File → Connections…) to enter it. %1</source>
        <translation>Für diese Verbindung ist kein Client-Secret bekannt: Verbinden Sie sich einmal (Datei → Verbindungen …), um es einzugeben. %1</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server has no tenant for this connection.</source>
        <translation>Der Server hat keinen Mandanten für diese Verbindung.</translation>
    </message>
    <message>
        <source>Could not read the server&apos;s tenant: %1</source>
        <translation>Der Mandant des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading where the last sync stopped…</source>
        <translation>Lese, wo die letzte Synchronisierung stehen blieb …</translation>
    </message>
    <message>
        <source>%1 events fetched, %2 new, %3 already archived — %4 events/s</source>
        <translation>%1 Ereignisse abgerufen, %2 neu, %3 bereits archiviert – %4 Ereignisse/s</translation>
    </message>
    <message>
        <source>Reached events of %1.</source>
        <translation>Ereignisse vom %1 erreicht.</translation>
    </message>
    <message>
        <source>Continuing the sync an earlier run left unfinished.</source>
        <translation>Setze die Synchronisierung fort, die ein früherer Lauf nicht beendet hat.</translation>
    </message>
    <message>
        <source>Stopped before any event was fetched.</source>
        <translation>Angehalten, bevor ein Ereignis abgerufen wurde.</translation>
    </message>
    <message>
        <source>Stopped after %1 events (%2 new). The next sync continues from there.</source>
        <translation>Nach %1 Ereignissen angehalten (%2 neu). Die nächste Synchronisierung setzt dort fort.</translation>
    </message>
    <message>
        <source>The sync stopped: %1
%2 events were stored before; the next sync continues from there.</source>
        <translation>Die Synchronisierung brach ab: %1
%2 Ereignisse wurden zuvor gespeichert; die nächste Synchronisierung setzt dort fort.</translation>
    </message>
    <message>
        <source>Done: %1 events fetched from &quot;%2&quot;, %3 new, %4 already archived (%5 s, %6 requests).</source>
        <translation>Fertig: %1 Ereignisse von „%2“ abgerufen, %3 neu, %4 bereits archiviert (%5 s, %6 Anfragen).</translation>
    </message>
    <message>
        <source>Stopping after the batch in flight…</source>
        <translation>Halte nach dem laufenden Stapel an …</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>für immer</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>How long the archive keeps events; 0 keeps them for ever</source>
        <translation>Wie lange das Archiv Ereignisse behält; 0 behält sie für immer</translation>
    </message>
    <message>
        <source>Keep events:</source>
        <translation>Ereignisse behalten:</translation>
    </message>
    <message>
        <source>Could not read how long the archive keeps events.</source>
        <translation>Es konnte nicht gelesen werden, wie lange das Archiv Ereignisse behält.</translation>
    </message>
    <message numerus="yes">
        <source>Keep events for %n days</source>
        <translation>
            <numerusform>Ereignisse %n Tag behalten</numerusform>
            <numerusform>Ereignisse %n Tage behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Events older than %n days are deleted from the archive now, and from then on at every completed sync. The Logto server may no longer have them.</source>
        <translation>
            <numerusform>Ereignisse, die älter als %n Tag sind, werden jetzt aus dem Archiv gelöscht und danach bei jeder abgeschlossenen Synchronisierung. Der Logto-Server hat sie womöglich nicht mehr.</numerusform>
            <numerusform>Ereignisse, die älter als %n Tage sind, werden jetzt aus dem Archiv gelöscht und danach bei jeder abgeschlossenen Synchronisierung. Der Logto-Server hat sie womöglich nicht mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete older events</source>
        <translation>Ältere Ereignisse löschen</translation>
    </message>
    <message>
        <source>Could not change how long the archive keeps events.</source>
        <translation>Es konnte nicht geändert werden, wie lange das Archiv Ereignisse behält.</translation>
    </message>
    <message>
        <source>Events are kept for ever.</source>
        <translation>Ereignisse werden für immer behalten.</translation>
    </message>
    <message numerus="yes">
        <source>Events are kept for %n days.</source>
        <translation>
            <numerusform>Ereignisse werden %n Tag behalten.</numerusform>
            <numerusform>Ereignisse werden %n Tage behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 older events were deleted.</source>
        <translation>%1 ältere Ereignisse wurden gelöscht.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::LogsPage</name>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>Select an event to see everything it recorded.</source>
        <translation>Ein Ereignis auswählen, um alles zu sehen, was es festhält.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Search: IP, error, id…</source>
        <translation>Suche: IP, Fehler, ID …</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Any event</source>
        <translation>Jedes Ereignis</translation>
    </message>
    <message>
        <source>An event key, or a prefix ending in * (Interaction.SignIn.* for every sign-in step).</source>
        <translation>Ein Ereignisschlüssel oder ein Präfix mit * am Ende (Interaction.SignIn.* für jeden Anmeldeschritt).</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Write every event of the current filter to a CSV or JSON Lines file</source>
        <translation>Alle Ereignisse des aktuellen Filters in eine CSV- oder JSON-Lines-Datei schreiben</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Authentication events: sign-ins, MFA, password resets and tokens, newest first. A workspace shows its archive; a Logto connection, the server&apos;s own events.</source>
        <translation>Authentifizierungsereignisse: Anmeldungen, MFA, Passwortrücksetzungen und Tokens, neueste zuerst. Ein Arbeitsbereich zeigt sein Archiv, eine Logto-Verbindung die Ereignisse des Servers.</translation>
    </message>
    <message>
        <source>Could not load the events.</source>
        <translation>Die Ereignisse konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>No events match.</source>
        <translation>Keine passenden Ereignisse.</translation>
    </message>
    <message>
        <source>%1 shown, loading more…</source>
        <translation>%1 angezeigt, weitere werden geladen …</translation>
    </message>
    <message>
        <source>%1 shown; scroll down for more.</source>
        <translation>%1 angezeigt; für weitere nach unten scrollen.</translation>
    </message>
    <message>
        <source>The server cannot apply every filter: some were applied on this machine to the events it sent.</source>
        <translation>Der Server kann nicht jeden Filter anwenden: Einige wurden auf diesem Rechner auf die gesendeten Ereignisse angewendet.</translation>
    </message>
    <message>
        <source>A workspace shows the events synced into its archive (gatehouse-cli logs sync --from logto+https://…).</source>
        <translation>Ein Arbeitsbereich zeigt die in sein Archiv synchronisierten Ereignisse (gatehouse-cli logs sync --from logto+https://…).</translation>
    </message>
    <message>
        <source>Time: %1 (%2)</source>
        <translation>Zeit: %1 (%2)</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Application: %1</source>
        <translation>Anwendung: %1</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Sitzung: %1</translation>
    </message>
    <message>
        <source>IP: %1</source>
        <translation>IP: %1</translation>
    </message>
    <message>
        <source>User agent: %1</source>
        <translation>User-Agent: %1</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Ereignisse exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Exporting: %1 written…</source>
        <translation>Export: %1 geschrieben …</translation>
    </message>
    <message>
        <source>Could not export the events.</source>
        <translation>Die Ereignisse konnten nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Sync from Logto…</source>
        <translation>Von Logto synchronisieren …</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>Filter speichern …</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Copy a Logto tenant&apos;s events into this workspace&apos;s archive, which keeps them after the server has dropped them</source>
        <translation>Die Ereignisse eines Logto-Mandanten in das Archiv dieses Arbeitsbereichs kopieren, das sie behält, nachdem der Server sie verworfen hat</translation>
    </message>
    <message>
        <source>Events of everyone again</source>
        <translation>Wieder die Ereignisse aller</translation>
    </message>
    <message>
        <source>Filters saved earlier</source>
        <translation>Früher gespeicherte Filter</translation>
    </message>
    <message>
        <source>Keep the current filters under a name</source>
        <translation>Die aktuellen Filter unter einem Namen speichern</translation>
    </message>
    <message>
        <source>Forget the chosen saved filter</source>
        <translation>Den gewählten gespeicherten Filter vergessen</translation>
    </message>
    <message>
        <source>Members of organization &quot;%1&quot; only</source>
        <translation>Nur Mitglieder der Organisation „%1“</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>Name of the filter:</source>
        <translation>Name des Filters:</translation>
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
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
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
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Organization template</source>
        <translation>Organisationsvorlage</translation>
    </message>
    <message>
        <source>Enterprise SSO</source>
        <translation>Enterprise-SSO</translation>
    </message>
    <message>
        <source>Sign-in &amp; MFA</source>
        <translation>Anmeldung &amp; MFA</translation>
    </message>
    <message>
        <source>Access explainer</source>
        <translation>Zugriffserklärung</translation>
    </message>
    <message>
        <source>&amp;New organization…</source>
        <translation>&amp;Neue Organisation …</translation>
    </message>
    <message>
        <source>&amp;New organization role…</source>
        <translation>&amp;Neue Organisationsrolle …</translation>
    </message>
    <message>
        <source>&amp;New SSO connector…</source>
        <translation>&amp;Neuer SSO-Connector …</translation>
    </message>
    <message>
        <source>Gatehouse %1

A native admin console for Logto-style identity platforms: applications, API resources and roles; users by the million, with import and export; organizations, their template and invitations; enterprise SSO with just-in-time provisioning; sign-in and MFA policy; an access explainer that says what happens when someone signs in. It works on local SQLite or PostgreSQL workspaces and on Logto servers, and records every change in a tamper-evident journal.</source>
        <translation>Gatehouse %1

Eine native Verwaltungskonsole für Identitätsplattformen nach Art von Logto: Anwendungen, API-Ressourcen und Rollen; Benutzer zu Millionen, mit Import und Export; Organisationen, ihre Vorlage und Einladungen; Enterprise-SSO mit Just-in-time-Bereitstellung; Anmelde- und MFA-Richtlinien; eine Zugriffserklärung, die sagt, was bei einer Anmeldung geschieht. Sie arbeitet mit lokalen SQLite- oder PostgreSQL-Arbeitsbereichen und mit Logto-Servern und hält jede Änderung in einem manipulationssicheren Journal fest.</translation>
    </message>
    <message>
        <source>View &amp;as Operator…</source>
        <translation>&amp;Als Operator ansehen…</translation>
    </message>
    <message>
        <source>&amp;Stop Previewing</source>
        <translation>Vorschau &amp;beenden</translation>
    </message>
    <message>
        <source>Could not open the workspace as you.</source>
        <translation>Der Arbeitsbereich konnte nicht mit Ihrer Identität geöffnet werden.</translation>
    </message>
    <message>
        <source>Could not preview the operator %1.</source>
        <translation>Die Sicht des Operators %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Could not read the operators.</source>
        <translation>Die Operatoren konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>View as operator</source>
        <translation>Als Operator ansehen</translation>
    </message>
    <message>
        <source>This workspace has no operators yet. Add them with &quot;gatehouse-cli operator add NAME --role ROLE&quot;.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Operatoren. Fügen Sie sie mit „gatehouse-cli operator add NAME --role ROLLE“ hinzu.</translation>
    </message>
    <message>
        <source>Preview exactly what this operator would see and may do. Changes you make are still yours and journaled as yours. On a workspace file its owner can always bypass this.</source>
        <translation>Zeigt genau, was dieser Operator sehen und tun dürfte. Ihre Änderungen bleiben Ihre und werden als Ihre im Journal festgehalten. Bei einer Arbeitsbereichsdatei kann ihr Eigentümer dies immer umgehen.</translation>
    </message>
    <message>
        <source>Previewing %1 (%2)</source>
        <translation>Vorschau als %1 (%2)</translation>
    </message>
    <message>
        <source>You (%1) see what %2 would see and may do; what you change is journaled as yours. A workspace file&apos;s owner can bypass this.</source>
        <translation>Sie (%1) sehen, was %2 sehen und tun dürfte; Ihre Änderungen werden als Ihre im Journal festgehalten. Der Eigentümer einer Arbeitsbereichsdatei kann dies umgehen.</translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation>Operator: %1 (%2)</translation>
    </message>
    <message>
        <source>Acting as %1 with the %2 role in every tenant.</source>
        <translation>Sie handeln als %1 mit der Rolle %2 in jedem Mandanten.</translation>
    </message>
    <message>
        <source>Acting as %1 with the %2 role in the tenants %3.</source>
        <translation>Sie handeln als %1 mit der Rolle %2 in den Mandanten %3.</translation>
    </message>
    <message>
        <source>no organization lends them anything</source>
        <translation>keine Organisation verleiht ihm etwas</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message numerus="yes">
        <source>in %n organizations</source>
        <translation>
            <numerusform>in %n Organisation</numerusform>
            <numerusform>in %n Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Organizations: %1</source>
        <translation>Organisationen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
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
    <message>
        <source>Could not delete &quot;%1&quot;.</source>
        <translation>„%1“ konnte nicht gelöscht werden.</translation>
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
    <name>gatehouse::ui::OperatorExplainerPanel</name>
    <message>
        <source>E&amp;xplain</source>
        <translation>&amp;Erklären</translation>
    </message>
    <message>
        <source>In the organization, may they…</source>
        <translation>Darf er in der Organisation …</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>&amp;Operator</translation>
    </message>
    <message>
        <source>In o&amp;rganization</source>
        <translation>In O&amp;rganisation</translation>
    </message>
    <message>
        <source>What an operator of this workspace may do inside one organization, and why: the console role that holds an ability everywhere, or the organization role and permission that lend it to an organization admin. Nothing is changed.</source>
        <translation>Was ein Operator dieses Arbeitsbereichs in einer Organisation darf, und warum: die Konsolenrolle, die eine Fähigkeit überall hat, oder die Organisationsrolle und Berechtigung, die sie einem Organisationsadmin verleihen. Es wird nichts geändert.</translation>
    </message>
    <message>
        <source>Rules that also apply</source>
        <translation>Regeln, die außerdem gelten</translation>
    </message>
    <message>
        <source>A Logto connection has no operators: its machine-to-machine credentials act as an administrator, so only owners and developers use it.</source>
        <translation>Eine Logto-Verbindung hat keine Operatoren: Ihre Machine-to-Machine-Zugangsdaten handeln als Administrator, daher nutzen sie nur Eigentümer und Entwickler.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This workspace has no operators besides its owner yet. Add them with &quot;gatehouse-cli operator add&quot;.</source>
        <translation>Dieser Arbeitsbereich hat außer seinem Eigentümer noch keine Operatoren. Fügen Sie sie mit „gatehouse-cli operator add“ hinzu.</translation>
    </message>
    <message>
        <source>Could not list the operators: %1</source>
        <translation>Die Operatoren konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Could not list the organizations: %1</source>
        <translation>Die Organisationen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Could not explain: %1</source>
        <translation>Die Erklärung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 (%2) in %3</source>
        <translation>%1 (%2) in %3</translation>
    </message>
    <message>
        <source>: not a member with a role</source>
        <translation>: kein Mitglied mit einer Rolle</translation>
    </message>
    <message>
        <source>: member with the roles %1</source>
        <translation>: Mitglied mit den Rollen %1</translation>
    </message>
    <message>
        <source>May do %1 of %2 organization-level actions.</source>
        <translation>Darf %1 von %2 Aktionen auf Organisationsebene.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::OrganizationActivityTab</name>
    <message>
        <source>Could not load the events of the members of %1.</source>
        <translation>Die Ereignisse der Mitglieder von %1 konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Show all in Logs</source>
        <translation>Alle in Protokolle zeigen</translation>
    </message>
    <message>
        <source>Every event of the members, with filters, in the Logs area</source>
        <translation>Alle Ereignisse der Mitglieder, mit Filtern, im Bereich Protokolle</translation>
    </message>
    <message>
        <source>The newest authentication events of the organization&apos;s members.</source>
        <translation>Die neuesten Authentifizierungsereignisse der Mitglieder der Organisation.</translation>
    </message>
    <message>
        <source>No events of the members are archived. Sync the tenant&apos;s events from the Logto server (Logs → Sync from Logto…).</source>
        <translation>Von den Mitgliedern sind keine Ereignisse archiviert. Synchronisieren Sie die Ereignisse des Mandanten vom Logto-Server (Protokolle → Von Logto synchronisieren …).</translation>
    </message>
    <message>
        <source>A Logto server cannot select events by organization membership. Sync the tenant&apos;s events into a workspace, whose archive can; each member&apos;s own events are on their user page.</source>
        <translation>Ein Logto-Server kann Ereignisse nicht nach Organisationsmitgliedschaft auswählen. Synchronisieren Sie die Ereignisse des Mandanten in einen Arbeitsbereich, dessen Archiv das kann; die Ereignisse jedes Mitglieds stehen auf seiner Benutzerseite.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::OrganizationAppsTab</name>
    <message>
        <source>Add applications…</source>
        <translation>Anwendungen hinzufügen …</translation>
    </message>
    <message>
        <source>Edit roles…</source>
        <translation>Rollen bearbeiten …</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <source>No machine-to-machine application acts in this organization yet.</source>
        <translation>In dieser Organisation agiert noch keine Maschine-zu-Maschine-Anwendung.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Roles</source>
        <comment>organization roles column</comment>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Machine-to-machine applications get organization tokens with the permissions of their machine-to-machine organization roles.</source>
        <translation>Maschine-zu-Maschine-Anwendungen erhalten Organisationstokens mit den Berechtigungen ihrer Maschine-zu-Maschine-Organisationsrollen.</translation>
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
        <source>Add applications to %1</source>
        <translation>Anwendungen zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Pick the machine-to-machine applications that act in &quot;%1&quot;.</source>
        <translation>Wählen Sie die Maschine-zu-Maschine-Anwendungen, die in „%1“ agieren.</translation>
    </message>
    <message>
        <source>Add applications</source>
        <translation>Anwendungen hinzufügen</translation>
    </message>
    <message>
        <source>This tenant has no machine-to-machine applications. Create one on the Applications page.</source>
        <translation>Dieser Mandant hat keine Maschine-zu-Maschine-Anwendungen. Legen Sie eine auf der Seite „Anwendungen“ an.</translation>
    </message>
    <message>
        <source>Could not add the applications.</source>
        <translation>Die Anwendungen konnten nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Could not load the organization roles.</source>
        <translation>Die Organisationsrollen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Rollen von %1</translation>
    </message>
    <message>
        <source>The machine-to-machine organization roles &quot;%1&quot; holds in &quot;%2&quot;.</source>
        <translation>Die Maschine-zu-Maschine-Organisationsrollen, die „%1“ in „%2“ innehat.</translation>
    </message>
    <message>
        <source>Save roles</source>
        <translation>Rollen speichern</translation>
    </message>
    <message>
        <source>The organization template has no machine-to-machine roles yet. Create one under Organization template.</source>
        <translation>Die Organisationsvorlage hat noch keine Maschine-zu-Maschine-Rollen. Legen Sie eine unter „Organisationsvorlage“ an.</translation>
    </message>
    <message>
        <source>Could not change the roles of &quot;%1&quot;.</source>
        <translation>Die Rollen von „%1“ konnten nicht geändert werden.</translation>
    </message>
    <message>
        <source>Remove application</source>
        <translation>Anwendung entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from &quot;%2&quot;? It loses its organization roles there and gets no more organization tokens for it.</source>
        <translation>„%1“ aus „%2“ entfernen? Die Anwendung verliert dort ihre Organisationsrollen und erhält keine Organisationstokens mehr dafür.</translation>
    </message>
    <message>
        <source>Could not remove &quot;%1&quot;.</source>
        <translation>„%1“ konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::OrganizationBrandingTab</name>
    <message>
        <source>Pick…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Offer a dark mode</source>
        <translation>Dunklen Modus anbieten</translation>
    </message>
    <message>
        <source>&amp;Logo URL</source>
        <translation>&amp;Logo-URL</translation>
    </message>
    <message>
        <source>Dar&amp;k logo URL</source>
        <translation>Logo-URL (dun&amp;kel)</translation>
    </message>
    <message>
        <source>&amp;Favicon URL</source>
        <translation>&amp;Favicon-URL</translation>
    </message>
    <message>
        <source>Dark favi&amp;con URL</source>
        <translation>Favi&amp;con-URL (dunkel)</translation>
    </message>
    <message>
        <source>Primary colour</source>
        <translation>Primärfarbe</translation>
    </message>
    <message>
        <source>Dark primary colour</source>
        <translation>Primärfarbe (dunkel)</translation>
    </message>
    <message>
        <source>How this organization&apos;s sign-in pages look when an app asks for it.</source>
        <translation>So sehen die Anmeldeseiten dieser Organisation aus, wenn eine App sie anfordert.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::OrganizationEditor</name>
    <message>
        <source>MFA required</source>
        <translation>MFA erforderlich</translation>
    </message>
    <message>
        <source>Members without MFA set up get no organization tokens.</source>
        <translation>Mitglieder ohne eingerichtete MFA erhalten keine Organisationstokens.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>M2M apps</source>
        <translation>M2M-Apps</translation>
    </message>
    <message>
        <source>Machine-to-machine applications</source>
        <translation>Maschine-zu-Maschine-Anwendungen</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>JIT</source>
        <translation>JIT</translation>
    </message>
    <message>
        <source>Just-in-time provisioning</source>
        <translation>Just-in-time-Bereitstellung</translation>
    </message>
    <message>
        <source>Branding</source>
        <translation>Branding</translation>
    </message>
    <message>
        <source>Organization changed elsewhere</source>
        <translation>Organisation wurde anderswo geändert</translation>
    </message>
    <message>
        <source>Could not reload the organization.</source>
        <translation>Die Organisation konnte nicht neu geladen werden.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Authentication events of the members</source>
        <translation>Authentifizierungsereignisse der Mitglieder</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::OrganizationInvitationsTab</name>
    <message>
        <source>Invite…</source>
        <translation>Einladen …</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen …</translation>
    </message>
    <message>
        <source>Mark accepted by user…</source>
        <translation>Als vom Benutzer angenommen markieren …</translation>
    </message>
    <message>
        <source>No invitations yet.</source>
        <translation>Noch keine Einladungen.</translation>
    </message>
    <message>
        <source>Invitee</source>
        <translation>Eingeladene Person</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Roles</source>
        <comment>organization roles column</comment>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Eingeladen von</translation>
    </message>
    <message>
        <source>An administrator</source>
        <translation>Ein Administrator</translation>
    </message>
    <message>
        <source>User ID of the inviter</source>
        <translation>Benutzer-ID der einladenden Person</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Record that an existing user accepted this invitation: they join with the invited roles</source>
        <translation>Erfassen, dass ein bestehender Benutzer diese Einladung angenommen hat: Der Beitritt erfolgt mit den eingeladenen Rollen</translation>
    </message>
    <message>
        <source>People invited by email join with the invited roles when they accept. Pending invitations past their expiry count as expired.</source>
        <translation>Per E-Mail eingeladene Personen treten mit den eingeladenen Rollen bei, sobald sie annehmen. Ausstehende Einladungen nach ihrem Ablaufdatum gelten als abgelaufen.</translation>
    </message>
    <message>
        <source>Could not load the invitations of &quot;%1&quot;.</source>
        <translation>Die Einladungen von „%1“ konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Could not load the organization roles.</source>
        <translation>Die Organisationsrollen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Could not create the invitation.</source>
        <translation>Die Einladung konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>Einladung widerrufen</translation>
    </message>
    <message>
        <source>Revoke the invitation of %1 to &quot;%2&quot;? It can no longer be accepted.</source>
        <translation>Die Einladung an %1 für „%2“ widerrufen? Sie kann danach nicht mehr angenommen werden.</translation>
    </message>
    <message>
        <source>Could not revoke the invitation.</source>
        <translation>Die Einladung konnte nicht widerrufen werden.</translation>
    </message>
    <message>
        <source>Mark accepted by user</source>
        <translation>Als vom Benutzer angenommen markieren</translation>
    </message>
    <message>
        <source>Which user accepted the invitation of %1? They join &quot;%2&quot; with the invited roles (%3).</source>
        <translation>Welcher Benutzer hat die Einladung an %1 angenommen? Dieser Benutzer tritt „%2“ mit den eingeladenen Rollen (%3) bei.</translation>
    </message>
    <message>
        <source>Mark accepted</source>
        <translation>Als angenommen markieren</translation>
    </message>
    <message>
        <source>Could not mark the invitation accepted by %1.</source>
        <translation>Die Einladung konnte nicht als von %1 angenommen markiert werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::OrganizationJitTab</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>No enterprise SSO connector yet (see Enterprise SSO).</source>
        <translation>Noch kein Enterprise-SSO-Connector (siehe „Enterprise-SSO“).</translation>
    </message>
    <message>
        <source>The organization template has no user roles yet.</source>
        <translation>Die Organisationsvorlage hat noch keine Benutzerrollen.</translation>
    </message>
    <message>
        <source>acme.com</source>
        <translation>acme.com</translation>
    </message>
    <message>
        <source>Email domains</source>
        <translation>E-Mail-Domains</translation>
    </message>
    <message>
        <source>New users who sign up with a verified email of these domains join this organization. Existing users and users created by an administrator do not.</source>
        <translation>Neue Benutzer, die sich mit einer bestätigten E-Mail-Adresse dieser Domains registrieren, treten dieser Organisation bei. Bestehende Benutzer und von einem Administrator angelegte Benutzer nicht.</translation>
    </message>
    <message>
        <source>Enterprise SSO connectors</source>
        <translation>Enterprise-SSO-Connectors</translation>
    </message>
    <message>
        <source>New users, and existing users at their first sign-in through a ticked connector, join.</source>
        <translation>Neue Benutzer sowie bestehende Benutzer bei ihrer ersten Anmeldung über einen angehakten Connector treten bei.</translation>
    </message>
    <message>
        <source>Default roles</source>
        <translation>Standardrollen</translation>
    </message>
    <message>
        <source>Organization roles everyone who joins just in time gets.</source>
        <translation>Organisationsrollen, die alle erhalten, die per JIT beitreten.</translation>
    </message>
    <message>
        <source>Could not load the JIT settings of &quot;%1&quot;.</source>
        <translation>Die JIT-Einstellungen von „%1“ konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Could not load the SSO connectors.</source>
        <translation>Die SSO-Connectors konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Could not load the organization roles.</source>
        <translation>Die Organisationsrollen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>no domains</source>
        <translation>keine Domains</translation>
    </message>
    <message>
        <source>Type a domain such as acme.com.</source>
        <translation>Geben Sie eine Domain wie acme.com ein.</translation>
    </message>
    <message>
        <source>%1 is a public email provider: anyone with an address there would join this organization.</source>
        <translation>%1 ist ein öffentlicher E-Mail-Anbieter: Jeder mit einer Adresse dort würde dieser Organisation beitreten.</translation>
    </message>
    <message>
        <source>%1 is claimed by the SSO connector &quot;%2&quot;: when enterprise SSO is on, sign-in with this domain goes to SSO, so email-domain JIT never fires for it. Tick the connector below instead.</source>
        <translation>%1 wird vom SSO-Connector „%2“ beansprucht: Wenn Enterprise-SSO aktiviert ist, führt die Anmeldung mit dieser Domain zu SSO, daher greift JIT über die E-Mail-Domain für sie nie. Wählen Sie stattdessen unten den Connector aus.</translation>
    </message>
    <message>
        <source>JIT provisioning</source>
        <translation>JIT-Bereitstellung</translation>
    </message>
    <message>
        <source>Some JIT settings of &quot;%1&quot; could not be saved:
%2</source>
        <translation>Einige JIT-Einstellungen von „%1“ konnten nicht gespeichert werden:
%2</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::OrganizationMembersTab</name>
    <message>
        <source>Add members…</source>
        <translation>Mitglieder hinzufügen …</translation>
    </message>
    <message>
        <source>Edit roles…</source>
        <translation>Rollen bearbeiten …</translation>
    </message>
    <message>
        <source>Assign roles to selected…</source>
        <translation>Rollen an Auswahl zuweisen …</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Email or username</source>
        <translation>E-Mail oder Benutzername</translation>
    </message>
    <message>
        <source>Roles</source>
        <comment>organization roles column</comment>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Search members by name, username, email, phone or ID</source>
        <translation>Mitglieder nach Name, Benutzername, E-Mail, Telefon oder ID suchen</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Give roles to every selected member (roles they hold are kept)</source>
        <translation>Allen ausgewählten Mitgliedern Rollen zuweisen (vorhandene Rollen bleiben erhalten)</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Gewährt durch</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Could not load the organization roles.</source>
        <translation>Die Organisationsrollen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Could not load the members of &quot;%1&quot;.</source>
        <translation>Die Mitglieder von „%1“ konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 members: search to narrow the list.</source>
        <translation>%1 von %2 Mitgliedern werden angezeigt: Suchen Sie, um die Liste einzugrenzen.</translation>
    </message>
    <message>
        <source>No member matches.</source>
        <translation>Kein passendes Mitglied.</translation>
    </message>
    <message>
        <source>No members yet. Add existing users, or invite people by email.</source>
        <translation>Noch keine Mitglieder. Fügen Sie bestehende Benutzer hinzu oder laden Sie Personen per E-Mail ein.</translation>
    </message>
    <message>
        <source>%1 matching</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>Effective permissions: select a member</source>
        <translation>Effektive Berechtigungen: Wählen Sie ein Mitglied aus</translation>
    </message>
    <message>
        <source>Effective permissions: select one member</source>
        <translation>Effektive Berechtigungen: Wählen Sie genau ein Mitglied aus</translation>
    </message>
    <message>
        <source>Effective permissions of %1</source>
        <translation>Effektive Berechtigungen von %1</translation>
    </message>
    <message>
        <source>Could not load the permissions of %1: %2</source>
        <translation>Die Berechtigungen von %1 konnten nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Granted by the role(s) %1</source>
        <translation>Gewährt durch die Rolle(n) %1</translation>
    </message>
    <message>
        <source>Effective permissions of %1: none (no role, or roles without permissions)</source>
        <translation>Effektive Berechtigungen von %1: keine (keine Rolle oder Rollen ohne Berechtigungen)</translation>
    </message>
    <message>
        <source>Remove %1…</source>
        <translation>%1 entfernen …</translation>
    </message>
    <message>
        <source>Add members to %1</source>
        <translation>Mitglieder zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Search the tenant&apos;s users and select the ones to add. Users who are members already keep their membership and get the roles below too.</source>
        <translation>Durchsuchen Sie die Benutzer des Mandanten und wählen Sie die hinzuzufügenden aus. Benutzer, die bereits Mitglied sind, behalten ihre Mitgliedschaft und erhalten zusätzlich die unten gewählten Rollen.</translation>
    </message>
    <message>
        <source>Add members</source>
        <translation>Mitglieder hinzufügen</translation>
    </message>
    <message>
        <source>Organization roles to give</source>
        <translation>Zu vergebende Organisationsrollen</translation>
    </message>
    <message>
        <source>The organization template has no user roles yet.</source>
        <translation>Die Organisationsvorlage hat noch keine Benutzerrollen.</translation>
    </message>
    <message>
        <source>Could not add the members to &quot;%1&quot;.</source>
        <translation>Die Mitglieder konnten nicht zu „%1“ hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Rollen von %1</translation>
    </message>
    <message>
        <source>The organization roles %1 holds in &quot;%2&quot;. Unticked roles are removed.</source>
        <translation>Die Organisationsrollen, die %1 in „%2“ hat. Nicht angehakte Rollen werden entfernt.</translation>
    </message>
    <message>
        <source>Save roles</source>
        <translation>Rollen speichern</translation>
    </message>
    <message>
        <source>Could not change the roles of %1.</source>
        <translation>Die Rollen von %1 konnten nicht geändert werden.</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 Mitglieder</translation>
    </message>
    <message>
        <source>Assign roles to %1</source>
        <translation>Rollen an %1 zuweisen</translation>
    </message>
    <message>
        <source>Every selected member gets the roles you tick; roles they hold already are kept.</source>
        <translation>Jedes ausgewählte Mitglied erhält die angehakten Rollen; bereits vorhandene Rollen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Assign roles</source>
        <translation>Rollen zuweisen</translation>
    </message>
    <message>
        <source>Could not assign the roles to %1.</source>
        <translation>Die Rollen für %1 konnten nicht zugewiesen werden.</translation>
    </message>
    <message>
        <source>Remove %1 from &quot;%2&quot;? They lose their organization roles there and get no more tokens for it. The user account stays.</source>
        <translation>%1 aus „%2“ entfernen? Das Mitglied verliert dort seine Organisationsrollen und erhält keine Tokens mehr dafür. Das Benutzerkonto bleibt bestehen.</translation>
    </message>
    <message>
        <source>Remove %1 members from &quot;%2&quot;? They lose their organization roles there and get no more tokens for it. The user accounts stay.</source>
        <translation>%1 Mitglieder aus „%2“ entfernen? Sie verlieren dort ihre Organisationsrollen und erhalten keine Tokens mehr dafür. Die Benutzerkonten bleiben bestehen.</translation>
    </message>
    <message>
        <source>Remove members</source>
        <translation>Mitglieder entfernen</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Some members could not be removed:
%1</source>
        <translation>Einige Mitglieder konnten nicht entfernt werden:
%1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::OrganizationRolesPanel</name>
    <message>
        <source>Create role…</source>
        <translation>Rolle erstellen …</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Grant organization permissions…</source>
        <translation>Organisationsberechtigungen gewähren …</translation>
    </message>
    <message>
        <source>Grant API permissions…</source>
        <translation>API-Berechtigungen gewähren …</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Entziehen …</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
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
        <source>Permission</source>
        <translation>Berechtigung</translation>
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
        <source>Grants</source>
        <translation>Gewährte Berechtigungen</translation>
    </message>
    <message>
        <source>Organization tokens of holders carry these organization permissions and API permissions.</source>
        <translation>Die Organisationstokens der Inhaber enthalten diese Organisations- und API-Berechtigungen.</translation>
    </message>
    <message>
        <source>Could not load the organization roles.</source>
        <translation>Die Organisationsrollen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Select a role</source>
        <translation>Wählen Sie eine Rolle aus</translation>
    </message>
    <message>
        <source>User role: held by members of organizations</source>
        <translation>Benutzerrolle: wird Mitgliedern von Organisationen zugewiesen</translation>
    </message>
    <message>
        <source>Machine-to-machine role: held by applications in organizations</source>
        <translation>Maschine-zu-Maschine-Rolle: wird Anwendungen in Organisationen zugewiesen</translation>
    </message>
    <message>
        <source>Could not load what &quot;%1&quot; grants.</source>
        <translation>Es konnte nicht geladen werden, was „%1“ gewährt.</translation>
    </message>
    <message>
        <source>Organization permissions</source>
        <translation>Organisationsberechtigungen</translation>
    </message>
    <message>
        <source>Create organization role</source>
        <translation>Organisationsrolle erstellen</translation>
    </message>
    <message>
        <source>Create role</source>
        <translation>Rolle erstellen</translation>
    </message>
    <message>
        <source>Change the organization template</source>
        <translation>Organisationsvorlage ändern</translation>
    </message>
    <message>
        <source>Create the organization role &quot;%1&quot;.</source>
        <translation>Die Organisationsrolle „%1“ erstellen.</translation>
    </message>
    <message>
        <source>Could not create the role.</source>
        <translation>Die Rolle konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Save the changed name or description of the organization role &quot;%1&quot;.</source>
        <translation>Den geänderten Namen oder die geänderte Beschreibung der Organisationsrolle „%1“ speichern.</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;.</source>
        <translation>„%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Delete the organization role &quot;%1&quot;? Members and applications holding it lose it in every organization; invitations and JIT settings stop giving it.</source>
        <translation>Die Organisationsrolle „%1“ löschen? Mitglieder und Anwendungen, die sie haben, verlieren sie in jeder Organisation; Einladungen und JIT-Einstellungen vergeben sie nicht mehr.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete organization role</source>
        <translation>Organisationsrolle löschen</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>Could not delete &quot;%1&quot;.</source>
        <translation>„%1“ konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Could not load the organization permissions.</source>
        <translation>Die Organisationsberechtigungen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Grant organization permissions to %1</source>
        <translation>Organisationsberechtigungen für %1 gewähren</translation>
    </message>
    <message>
        <source>Pick the organization permissions the role &quot;%1&quot; grants.</source>
        <translation>Wählen Sie die Organisationsberechtigungen, die die Rolle „%1“ gewährt.</translation>
    </message>
    <message>
        <source>Grant permissions</source>
        <translation>Berechtigungen gewähren</translation>
    </message>
    <message>
        <source>The template has no organization permissions yet. Create them on the Organization permissions tab.</source>
        <translation>Die Vorlage hat noch keine Organisationsberechtigungen. Legen Sie sie auf dem Reiter „Organisationsberechtigungen“ an.</translation>
    </message>
    <message numerus="yes">
        <source>Grant %n organization permission(s) to the role &quot;%1&quot;.</source>
        <translation>
            <numerusform>Der Rolle „%1“ %n Organisationsberechtigung gewähren.</numerusform>
            <numerusform>Der Rolle „%1“ %n Organisationsberechtigungen gewähren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grant %n API permission(s) to the role &quot;%1&quot;.</source>
        <translation>
            <numerusform>Der Rolle „%1“ %n API-Berechtigung gewähren.</numerusform>
            <numerusform>Der Rolle „%1“ %n API-Berechtigungen gewähren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot; from the organization role &quot;%2&quot;? New organization tokens of everyone holding the role no longer carry it.</source>
        <translation>„%1“ der Organisationsrolle „%2“ entziehen? Neue Organisationstokens aller, die die Rolle haben, enthalten die Berechtigung dann nicht mehr.</translation>
    </message>
    <message>
        <source>Revoke permission</source>
        <translation>Berechtigung entziehen</translation>
    </message>
    <message>
        <source>Could not change what &quot;%1&quot; grants.</source>
        <translation>Es konnte nicht geändert werden, was „%1“ gewährt.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::OrganizationScopesPanel</name>
    <message>
        <source>Create permission…</source>
        <translation>Berechtigung erstellen …</translation>
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
        <source>No organization permissions yet. Create the actions members may take in an organization, e.g. invite:member or manage:billing.</source>
        <translation>Noch keine Organisationsberechtigungen. Legen Sie die Aktionen an, die Mitglieder in einer Organisation ausführen dürfen, z. B. invite:member oder manage:billing.</translation>
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
        <source>What members may do inside an organization. Organization roles grant them; organization tokens carry them.</source>
        <translation>Was Mitglieder innerhalb einer Organisation tun dürfen. Organisationsrollen gewähren diese Berechtigungen; Organisationstokens enthalten sie.</translation>
    </message>
    <message>
        <source>Could not load the organization permissions.</source>
        <translation>Die Organisationsberechtigungen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Create organization permission</source>
        <translation>Organisationsberechtigung erstellen</translation>
    </message>
    <message>
        <source>Create permission</source>
        <translation>Berechtigung erstellen</translation>
    </message>
    <message>
        <source>Change the organization template</source>
        <translation>Organisationsvorlage ändern</translation>
    </message>
    <message>
        <source>Create the organization permission &quot;%1&quot;.</source>
        <translation>Die Organisationsberechtigung „%1“ erstellen.</translation>
    </message>
    <message>
        <source>Could not create the permission.</source>
        <translation>Die Berechtigung konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Edit organization permission</source>
        <translation>Organisationsberechtigung bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Change the description of the organization permission &quot;%1&quot;.</source>
        <translation>Die Beschreibung der Organisationsberechtigung „%1“ ändern.</translation>
    </message>
    <message>
        <source>Rename the organization permission &quot;%1&quot; to &quot;%2&quot;; organization tokens carry the new name.</source>
        <translation>Die Organisationsberechtigung „%1“ in „%2“ umbenennen; Organisationstokens enthalten den neuen Namen.</translation>
    </message>
    <message>
        <source>Could not save the permission.</source>
        <translation>Die Berechtigung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Delete the organization permission &quot;%1&quot;? Every organization role loses it.</source>
        <translation>Die Organisationsberechtigung „%1“ löschen? Alle Organisationsrollen verlieren sie.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete organization permission</source>
        <translation>Organisationsberechtigung löschen</translation>
    </message>
    <message>
        <source>Delete permission</source>
        <translation>Berechtigung löschen</translation>
    </message>
    <message>
        <source>Could not delete &quot;%1&quot;.</source>
        <translation>„%1“ konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::OrganizationSettingsTab</name>
    <message>
        <source>Require MFA</source>
        <translation>MFA verlangen</translation>
    </message>
    <message>
        <source>Members without MFA set up get no organization tokens.</source>
        <translation>Mitglieder ohne eingerichtete MFA erhalten keine Organisationstokens.</translation>
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
        <source>MFA</source>
        <translation>MFA</translation>
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
        <source>Custom data</source>
        <translation>Benutzerdefinierte Daten</translation>
    </message>
    <message>
        <source>Any JSON object your applications keep about this organization.</source>
        <translation>Beliebiges JSON-Objekt, das Ihre Anwendungen zu dieser Organisation speichern.</translation>
    </message>
    <message>
        <source>Could not read the sign-in experience: %1</source>
        <translation>Die Anmeldeerfahrung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No MFA factor is enabled in Sign-in &amp; MFA, so members could never set up MFA: requiring it is refused until a factor is enabled.</source>
        <translation>Unter „Anmeldung &amp; MFA“ ist kein MFA-Faktor aktiviert, daher könnten Mitglieder MFA nie einrichten: MFA kann erst verlangt werden, wenn ein Faktor aktiviert ist.</translation>
    </message>
    <message>
        <source>Enable an MFA factor in Sign-in &amp; MFA before requiring MFA here.</source>
        <translation>Aktivieren Sie unter „Anmeldung &amp; MFA“ einen MFA-Faktor, bevor Sie hier MFA verlangen.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::OrganizationTemplatePage</name>
    <message>
        <source>Organization roles</source>
        <translation>Organisationsrollen</translation>
    </message>
    <message>
        <source>Organization permissions</source>
        <translation>Organisationsberechtigungen</translation>
    </message>
    <message>
        <source>Organization template</source>
        <translation>Organisationsvorlage</translation>
    </message>
    <message>
        <source>The roles and permissions every organization of this tenant runs on. Design them once; members hold them per organization.</source>
        <translation>Die Rollen und Berechtigungen, auf denen jede Organisation dieses Mandanten aufbaut. Einmal entwerfen; Mitglieder erhalten sie je Organisation.</translation>
    </message>
    <message>
        <source>Could not count the organizations: %1</source>
        <translation>Die Organisationen konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>No organization uses the template yet.</source>
        <translation>Noch keine Organisation verwendet die Vorlage.</translation>
    </message>
    <message>
        <source>1 organization runs on this template.</source>
        <translation>1 Organisation verwendet diese Vorlage.</translation>
    </message>
    <message>
        <source>%1 organizations run on this template.</source>
        <translation>%1 Organisationen verwenden diese Vorlage.</translation>
    </message>
    <message>
        <source>The selected organization role has unsaved changes. Discard them?</source>
        <translation>Die ausgewählte Organisationsrolle hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::OrganizationsPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verlangt</translation>
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
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Your customers&apos; workspaces: members and their roles, sign-in rules and branding.</source>
        <translation>Die Arbeitsbereiche Ihrer Kunden: Mitglieder und ihre Rollen, Anmelderegeln und Branding.</translation>
    </message>
    <message>
        <source>Create organization</source>
        <translation>Organisation erstellen</translation>
    </message>
    <message>
        <source>No organizations yet</source>
        <translation>Noch keine Organisationen</translation>
    </message>
    <message>
        <source>Each customer of a multi-tenant app is an organization. Its members hold organization roles from the organization template.</source>
        <translation>Jeder Kunde einer mandantenfähigen App ist eine Organisation. Ihre Mitglieder haben Organisationsrollen aus der Organisationsvorlage.</translation>
    </message>
    <message>
        <source>Select an organization to see its members and settings.</source>
        <translation>Wählen Sie eine Organisation aus, um ihre Mitglieder und Einstellungen zu sehen.</translation>
    </message>
    <message>
        <source>Could not load the organizations.</source>
        <translation>Die Organisationen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Could not create the organization.</source>
        <translation>Die Organisation konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Delete the organization &quot;%1&quot;?</source>
        <translation>Die Organisation „%1“ löschen?</translation>
    </message>
    <message>
        <source>Removed with it: %1 (the user accounts stay), its machine-to-machine apps&apos; roles there, its invitations and its JIT settings. This cannot be undone.</source>
        <translation>Mit ihr werden entfernt: %1 (die Benutzerkonten bleiben erhalten), die Rollen ihrer Maschine-zu-Maschine-Apps dort, ihre Einladungen und ihre JIT-Einstellungen. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>its memberships</source>
        <translation>ihre Mitgliedschaften</translation>
    </message>
    <message>
        <source>1 membership</source>
        <translation>1 Mitgliedschaft</translation>
    </message>
    <message>
        <source>%1 memberships</source>
        <translation>%1 Mitgliedschaften</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>Organisation löschen</translation>
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
        <source>The indicator identifies the API in token requests (RFC 8707) and cannot be changed after creation.</source>
        <translation>Der Indikator identifiziert die API in Token-Anfragen (RFC 8707) und lässt sich nach dem Erstellen nicht mehr ändern.</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
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
        <source>API resource changed elsewhere</source>
        <translation>API-Ressource wurde anderswo geändert</translation>
    </message>
    <message>
        <source>Could not reload the API resource.</source>
        <translation>Die API-Ressource konnte nicht neu geladen werden.</translation>
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
        <source>Role changed elsewhere</source>
        <translation>Rolle wurde anderswo geändert</translation>
    </message>
    <message>
        <source>Could not reload the role.</source>
        <translation>Die Rolle konnte nicht neu geladen werden.</translation>
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
    <name>gatehouse::ui::SignInEvidenceDialog</name>
    <message>
        <source>Sign-in of %1: the event and the rules</source>
        <translation>Anmeldung von %1: das Ereignis und die Regeln</translation>
    </message>
    <message>
        <source>The event</source>
        <translation>Das Ereignis</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Was:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>IP:</source>
        <translation>IP:</translation>
    </message>
    <message>
        <source>Browser:</source>
        <translation>Browser:</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Anwendung:</translation>
    </message>
    <message>
        <source>Everything the event recorded:</source>
        <translation>Alles, was das Ereignis festhält:</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SignInExperiencePage</name>
    <message>
        <source>Enable enterprise SSO</source>
        <translation>Enterprise-SSO aktivieren</translation>
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
        <source>Save changes (Ctrl+S)</source>
        <translation>Änderungen speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Sign-in &amp; MFA</source>
        <translation>Anmeldung &amp; MFA</translation>
    </message>
    <message>
        <source>How people of this tenant sign in: enterprise SSO routing and multi-factor authentication.</source>
        <translation>Wie sich Personen in diesem Mandanten anmelden: Enterprise-SSO-Weiterleitung und Multi-Faktor-Authentifizierung.</translation>
    </message>
    <message>
        <source>Enterprise SSO</source>
        <translation>Enterprise-SSO</translation>
    </message>
    <message>
        <source>When on, a person who enters an email address at a domain claimed by an SSO connector (see Enterprise SSO) is sent to that connector&apos;s identity provider. Such addresses can no longer sign in with a password or a verification code: they must go through SSO. Only connectors whose configuration is complete take part. When off, the connectors&apos; domains are ignored at sign-in.</source>
        <translation>Wenn aktiviert, wird eine Person, die eine E-Mail-Adresse einer von einem SSO-Connector beanspruchten Domain eingibt (siehe Enterprise-SSO), an den Identitätsanbieter dieses Connectors weitergeleitet. Solche Adressen können sich nicht mehr mit Passwort oder Bestätigungscode anmelden: Sie müssen über SSO gehen. Nur Connectors mit vollständiger Konfiguration nehmen teil. Wenn deaktiviert, werden die Domains der Connectors bei der Anmeldung ignoriert.</translation>
    </message>
    <message>
        <source>MFA factors</source>
        <translation>MFA-Faktoren</translation>
    </message>
    <message>
        <source>What people may set up as a second factor.</source>
        <translation>Was Personen als zweiten Faktor einrichten dürfen.</translation>
    </message>
    <message>
        <source>MFA policy</source>
        <translation>MFA-Richtlinie</translation>
    </message>
    <message>
        <source>Organizations that require MFA</source>
        <translation>Organisationen, die MFA verlangen</translation>
    </message>
    <message>
        <source>An organization can require MFA (its Settings). Members without MFA set up never get tokens for it; this decides whether they are asked to set MFA up.</source>
        <translation>Eine Organisation kann MFA verlangen (in ihren Einstellungen). Mitglieder ohne eingerichtete MFA erhalten nie Tokens für sie; hier wird festgelegt, ob sie aufgefordert werden, MFA einzurichten.</translation>
    </message>
    <message>
        <source>Create a tenant first.</source>
        <translation>Legen Sie zuerst einen Mandanten an.</translation>
    </message>
    <message>
        <source>Could not load the sign-in experience.</source>
        <translation>Die Anmeldeerfahrung konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Could not list the SSO connectors: %1</source>
        <translation>Die SSO-Connectors konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No complete connector claims an email domain yet.</source>
        <translation>Noch beansprucht kein vollständiger Connector eine E-Mail-Domain.</translation>
    </message>
    <message>
        <source>Domains routed when on: %1</source>
        <translation>Bei Aktivierung weitergeleitete Domains: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n incomplete connector(s) with domains are skipped.)</source>
        <translation>
            <numerusform>(%n unvollständiger Connector mit Domains wird übersprungen.)</numerusform>
            <numerusform>(%n unvollständige Connectors mit Domains werden übersprungen.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Fix the marked choices to save</source>
        <translation>Korrigieren Sie die markierten Optionen, um zu speichern</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>The sign-in experience has unsaved changes. Discard them?</source>
        <translation>Die Anmeldeerfahrung hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>Not saved: see the marked choices</source>
        <translation>Nicht gespeichert: siehe markierte Optionen</translation>
    </message>
    <message>
        <source>Could not save the sign-in experience.</source>
        <translation>Die Anmeldeerfahrung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Sign-in experience changed elsewhere</source>
        <translation>Anmeldeerfahrung wurde anderswo geändert</translation>
    </message>
    <message>
        <source>The sign-in experience was changed by someone else after you opened it. Reload it? Your edits will be discarded.</source>
        <translation>Die Anmeldeerfahrung wurde von jemand anderem geändert, nachdem Sie sie geöffnet haben. Neu laden? Ihre Änderungen gehen dabei verloren.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SsoConfigForm</name>
    <message>
        <source>••• stored</source>
        <translation>••• gespeichert</translation>
    </message>
    <message>
        <source>Replace secret…</source>
        <translation>Geheimnis ersetzen …</translation>
    </message>
    <message>
        <source>Paste the client secret</source>
        <translation>Client-Geheimnis einfügen</translation>
    </message>
    <message>
        <source>A client secret is stored. It is never shown; replace it to change it.</source>
        <translation>Ein Client-Geheimnis ist gespeichert. Es wird nie angezeigt; ersetzen Sie es, um es zu ändern.</translation>
    </message>
    <message>
        <source>&amp;Issuer</source>
        <translation>&amp;Issuer</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>Client-&amp;ID</translation>
    </message>
    <message>
        <source>Client &amp;secret</source>
        <translation>Client-&amp;Geheimnis</translation>
    </message>
    <message>
        <source>S&amp;cope</source>
        <translation>S&amp;cope</translation>
    </message>
    <message>
        <source>Space-separated; must include openid. Empty means openid only.</source>
        <translation>Durch Leerzeichen getrennt; muss openid enthalten. Leer bedeutet nur openid.</translation>
    </message>
    <message>
        <source>&lt;EntityDescriptor …&gt; (paste, or load from a file)</source>
        <translation>&lt;EntityDescriptor …&gt; (einfügen oder aus einer Datei laden)</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>Aus Datei laden …</translation>
    </message>
    <message>
        <source>Load SAML metadata</source>
        <translation>SAML-Metadaten laden</translation>
    </message>
    <message>
        <source>SAML metadata (*.xml);;All files (*)</source>
        <translation>SAML-Metadaten (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Load signing certificate</source>
        <translation>Signaturzertifikat laden</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Give the identity provider&apos;s metadata URL, or its metadata XML, or enter its entity ID, single sign-on URL and signing certificate by hand.</source>
        <translation>Geben Sie die Metadaten-URL des Identitätsanbieters oder sein Metadaten-XML an, oder tragen Sie Entity-ID, Single-Sign-on-URL und Signaturzertifikat von Hand ein.</translation>
    </message>
    <message>
        <source>&amp;Metadata URL</source>
        <translation>&amp;Metadaten-URL</translation>
    </message>
    <message>
        <source>Metadata &amp;XML</source>
        <translation>Metadaten-&amp;XML</translation>
    </message>
    <message>
        <source>&amp;Entity ID</source>
        <translation>&amp;Entity-ID</translation>
    </message>
    <message>
        <source>Single sign-&amp;on URL</source>
        <translation>Single-Sign-&amp;on-URL</translation>
    </message>
    <message>
        <source>Signing &amp;certificate</source>
        <translation>Signatur&amp;zertifikat</translation>
    </message>
    <message>
        <source>%1 (implied)</source>
        <translation>%1 (implizit)</translation>
    </message>
    <message>
        <source>Google Workspace always uses Google&apos;s issuer; leave it empty.</source>
        <translation>Google Workspace verwendet immer den Issuer von Google; lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Your Microsoft Entra ID tenant&apos;s issuer.</source>
        <translation>Der Issuer Ihres Microsoft-Entra-ID-Mandanten.</translation>
    </message>
    <message>
        <source>Your Okta organization&apos;s URL.</source>
        <translation>Die URL Ihrer Okta-Organisation.</translation>
    </message>
    <message>
        <source>Discovery reads {issuer}/.well-known/openid-configuration.</source>
        <translation>Die Discovery liest {issuer}/.well-known/openid-configuration.</translation>
    </message>
    <message>
        <source>Keep stored secret</source>
        <translation>Gespeichertes Geheimnis behalten</translation>
    </message>
    <message>
        <source>Paste the new client secret</source>
        <translation>Neues Client-Geheimnis einfügen</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <source>Expires soon: %1</source>
        <translation>Läuft bald ab: %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
%3
SHA-256: %4</source>
        <translation>Antragsteller: %1
Aussteller: %2
%3
SHA-256: %4</translation>
    </message>
    <message>
        <source>Could not load the file</source>
        <translation>Die Datei konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: it is not SAML metadata or a certificate.</source>
        <translation>%1 ist größer als 1 MiB: Das sind weder SAML-Metadaten noch ein Zertifikat.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SsoConnectorEditor</name>
    <message>
        <source>Shown on the sign-in button, e.g. Acme</source>
        <translation>Wird auf der Anmeldeschaltfläche angezeigt, z. B. Acme</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Anzeigename</translation>
    </message>
    <message>
        <source>&amp;Logo URL</source>
        <translation>&amp;Logo-URL</translation>
    </message>
    <message>
        <source>Dar&amp;k logo URL</source>
        <translation>Logo-URL für &amp;dunkles Design</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Email domains</source>
        <translation>E-Mail-Domains</translation>
    </message>
    <message>
        <source>With enterprise SSO switched on (Sign-in &amp; MFA), people whose email is at these domains sign in through this connector and can no longer use a password. Each domain belongs to one connector.</source>
        <translation>Ist Enterprise-SSO eingeschaltet (Anmeldung &amp; MFA), melden sich Personen mit E-Mail-Adressen dieser Domains über diesen Connector an und können kein Passwort mehr verwenden. Jede Domain gehört zu genau einem Connector.</translation>
    </message>
    <message>
        <source>Branding</source>
        <translation>Branding</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Complete: sign-in can be routed here.</source>
        <translation>Vollständig: Anmeldungen können hierher weitergeleitet werden.</translation>
    </message>
    <message>
        <source>Incomplete: sign-in is not routed here until the connection details are filled in.</source>
        <translation>Unvollständig: Anmeldungen werden erst hierher weitergeleitet, wenn die Verbindungsdaten ausgefüllt sind.</translation>
    </message>
    <message>
        <source>Connector changed elsewhere</source>
        <translation>Connector wurde anderswo geändert</translation>
    </message>
    <message>
        <source>Could not reload the connector.</source>
        <translation>Der Connector konnte nicht neu geladen werden.</translation>
    </message>
    <message>
        <source>Sync the &amp;profile at every sign-in</source>
        <translation>&amp;Profil bei jeder Anmeldung abgleichen</translation>
    </message>
    <message>
        <source>The user&apos;s name, avatar and other profile fields are updated from the identity provider each time they sign in through this connector; otherwise only at their first sign-in.</source>
        <translation>Name, Avatar und weitere Profilfelder des Benutzers werden bei jeder Anmeldung über diesen Connector vom Identitätsanbieter übernommen, sonst nur bei der ersten Anmeldung.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SsoConnectorsPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sign-in can be routed to this connector.</source>
        <translation>Anmeldungen können an diesen Connector weitergeleitet werden.</translation>
    </message>
    <message>
        <source>The connection details are incomplete: sign-in is not routed here.</source>
        <translation>Die Verbindungsdaten sind unvollständig: Anmeldungen werden nicht hierher weitergeleitet.</translation>
    </message>
    <message>
        <source>Enterprise SSO</source>
        <translation>Enterprise-SSO</translation>
    </message>
    <message>
        <source>Customers&apos; identity providers (OIDC and SAML) and the email domains they sign in.</source>
        <translation>Identitätsanbieter von Kunden (OIDC und SAML) und die E-Mail-Domains, die sie anmelden.</translation>
    </message>
    <message>
        <source>Add connector</source>
        <translation>Connector hinzufügen</translation>
    </message>
    <message>
        <source>No SSO connectors yet</source>
        <translation>Noch keine SSO-Connectors</translation>
    </message>
    <message>
        <source>Connect an enterprise customer&apos;s identity provider (Okta, Microsoft Entra ID, Google Workspace or any OIDC or SAML provider) and claim their email domains.</source>
        <translation>Verbinden Sie den Identitätsanbieter eines Unternehmenskunden (Okta, Microsoft Entra ID, Google Workspace oder einen beliebigen OIDC- oder SAML-Anbieter) und beanspruchen Sie dessen E-Mail-Domains.</translation>
    </message>
    <message>
        <source>Select a connector to see its configuration.</source>
        <translation>Wählen Sie einen Connector aus, um seine Konfiguration zu sehen.</translation>
    </message>
    <message>
        <source>Could not load the SSO connectors.</source>
        <translation>Die SSO-Connectors konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Could not add the connector.</source>
        <translation>Der Connector konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Delete the SSO connector &quot;%1&quot;?</source>
        <translation>Den SSO-Connector „%1“ löschen?</translation>
    </message>
    <message>
        <source>People at %1 will no longer be sent to it.</source>
        <translation>Personen unter %1 werden nicht mehr an ihn weitergeleitet.</translation>
    </message>
    <message>
        <source>Organizations whose just-in-time provisioning uses it lose that link.</source>
        <translation>Organisationen, deren Just-in-time-Bereitstellung ihn verwendet, verlieren diese Verknüpfung.</translation>
    </message>
    <message>
        <source>No organization&apos;s just-in-time provisioning uses it.</source>
        <translation>Die Just-in-time-Bereitstellung keiner Organisation verwendet ihn.</translation>
    </message>
    <message>
        <source>Just-in-time provisioning of these organizations uses it and loses that link: %1.</source>
        <translation>Die Just-in-time-Bereitstellung dieser Organisationen verwendet ihn und verliert diese Verknüpfung: %1.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete SSO connector</source>
        <translation>SSO-Connector löschen</translation>
    </message>
    <message>
        <source>Delete connector</source>
        <translation>Connector löschen</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SsoDomainsEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>e.g. acme.com</source>
        <translation>z. B. acme.com</translation>
    </message>
    <message>
        <source>People whose email address is at one of these domains are sent to this connector.</source>
        <translation>Personen, deren E-Mail-Adresse zu einer dieser Domains gehört, werden an diesen Connector weitergeleitet.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>Will be added as %1</source>
        <translation>Wird als %1 hinzugefügt</translation>
    </message>
    <message>
        <source>A public email provider</source>
        <translation>Ein öffentlicher E-Mail-Anbieter</translation>
    </message>
    <message>
        <source>%1: public email provider. Anyone can have an address there, so claiming it sends people outside the customer&apos;s organization to this connector (and, with enterprise SSO on, stops them from signing in with a password). Saving is allowed.</source>
        <translation>%1: öffentlicher E-Mail-Anbieter. Dort kann jeder eine Adresse haben; wird die Domain beansprucht, werden also auch Personen außerhalb der Organisation des Kunden an diesen Connector weitergeleitet (und bei eingeschaltetem Enterprise-SSO an der Anmeldung mit Passwort gehindert). Speichern ist erlaubt.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::TemplateItemDialog</name>
    <message>
        <source>&amp;User role: held by members</source>
        <translation>Ben&amp;utzerrolle: für Mitglieder</translation>
    </message>
    <message>
        <source>&amp;Machine-to-machine role: held by applications in organizations</source>
        <translation>&amp;Maschine-zu-Maschine-Rolle: für Anwendungen in Organisationen</translation>
    </message>
    <message>
        <source>e.g. invite:member</source>
        <translation>z. B. invite:member</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>z. B. admin</translation>
    </message>
    <message>
        <source>What this permission allows in an organization</source>
        <translation>Was diese Berechtigung in einer Organisation erlaubt</translation>
    </message>
    <message>
        <source>What holders of this role may do</source>
        <translation>Was Inhaber dieser Rolle tun dürfen</translation>
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
    <message>
        <source>The journal keeps the record of the deletion, with your reason and how much went with the tenant. This cannot be undone.</source>
        <translation>Das Journal bewahrt den Nachweis der Löschung auf, mit Ihrer Begründung und dem, was mit dem Mandanten gelöscht wurde. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Live users and services depend on it.</source>
        <translation>Echte Benutzer und Dienste hängen davon ab.</translation>
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
        <source>Indent the JSON</source>
        <translation>Das JSON einrücken</translation>
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
        <source>Fix the JSON to save</source>
        <translation>Korrigieren Sie das JSON, um zu speichern</translation>
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
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>%1
From the event archive: %2%3</source>
        <translation>%1
Aus dem Ereignisarchiv: %2%3</translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>, von %1</translation>
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
        <source>This connection&apos;s server never hands out password digests.</source>
        <translation>Der Server dieser Verbindung gibt niemals Passwort-Digests heraus.</translation>
    </message>
    <message>
        <source>Safe to open in a &amp;spreadsheet</source>
        <translation>Sicher in einer &amp;Tabellenkalkulation zu öffnen</translation>
    </message>
    <message>
        <source>A cell starting with = + - @, a tab or a carriage return is written with a leading &apos; so a spreadsheet shows it as text instead of running it as a formula. Turn it off for a file that another system or &quot;Import users&quot; reads back exactly.</source>
        <translation>Eine Zelle, die mit = + - @, einem Tabulator oder einem Wagenrücklauf beginnt, wird mit einem vorangestellten &apos; geschrieben, damit eine Tabellenkalkulation sie als Text zeigt, statt sie als Formel auszuführen. Schalten Sie es aus für eine Datei, die ein anderes System oder „Benutzer importieren“ exakt zurückliest.</translation>
    </message>
    <message>
        <source>Cells a spreadsheet would run as formulas were written as text.</source>
        <translation>Zellen, die eine Tabellenkalkulation als Formeln ausführen würde, wurden als Text geschrieben.</translation>
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
    <name>gatehouse::ui::UserFormTab</name>
    <message>
        <source>User changed elsewhere</source>
        <translation>Benutzer wurde anderswo geändert</translation>
    </message>
    <message>
        <source>This user was changed by someone else after you opened it. Reload it? Your edits on this tab will be discarded.</source>
        <translation>Dieser Benutzer wurde von jemand anderem geändert, nachdem Sie ihn geöffnet haben. Neu laden? Ihre Änderungen in diesem Reiter gehen dabei verloren.</translation>
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
    <name>gatehouse::ui::UserOrganizationsTab</name>
    <message>
        <source>Not a member of any organization.</source>
        <translation>Kein Mitglied einer Organisation.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Roles</source>
        <comment>organization roles column</comment>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verlangt</translation>
    </message>
    <message>
        <source>Organizations this user belongs to and the organization roles they hold in each. Manage memberships on the Organizations page.</source>
        <translation>Organisationen, denen dieser Benutzer angehört, und die Organisationsrollen, die er jeweils hat. Mitgliedschaften verwalten Sie auf der Seite „Organisationen“.</translation>
    </message>
    <message>
        <source>Could not load the organizations of this user.</source>
        <translation>Die Organisationen dieses Benutzers konnten nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::UserPickerDialog</name>
    <message>
        <source>Search by name, username, email, phone or ID</source>
        <translation>Nach Name, Benutzername, E-Mail, Telefon oder ID suchen</translation>
    </message>
    <message>
        <source>Could not load the users.</source>
        <translation>Die Benutzer konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>%1 found. Select one or more rows (Ctrl or Shift to add).</source>
        <translation>%1 gefunden. Wählen Sie eine oder mehrere Zeilen aus (Strg oder Umschalt zum Hinzufügen).</translation>
    </message>
    <message>
        <source>Select one or more rows (Ctrl or Shift to add).</source>
        <translation>Wählen Sie eine oder mehrere Zeilen aus (Strg oder Umschalt zum Hinzufügen).</translation>
    </message>
    <message>
        <source>%1 found. Select one.</source>
        <translation>%1 gefunden. Wählen Sie einen aus.</translation>
    </message>
    <message>
        <source>Select one user.</source>
        <translation>Wählen Sie einen Benutzer aus.</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <source>Selected: %1 users</source>
        <translation>Ausgewählt: %1 Benutzer</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::UserProfileTab</name>
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
    <name>gatehouse::ui::UserSignInsTab</name>
    <message>
        <source>Could not load the sign-ins of this user.</source>
        <translation>Die Anmeldungen dieses Benutzers konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Load older</source>
        <translation>Ältere laden</translation>
    </message>
    <message>
        <source>No authentication events recorded for this user. On a workspace, sync them from the Logto server first (Logs → Sync).</source>
        <translation>Für diesen Benutzer sind keine Authentifizierungsereignisse erfasst. In einem Arbeitsbereich zuerst vom Logto-Server synchronisieren.</translation>
    </message>
    <message>
        <source>Select an event to see everything it recorded.</source>
        <translation>Ein Ereignis auswählen, um alles zu sehen, was es festhält.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Explain…</source>
        <translation>Erklären …</translation>
    </message>
    <message>
        <source>The access explainer starts from an email address; this user has none.</source>
        <translation>Der Zugriffserklärer geht von einer E-Mail-Adresse aus; dieser Benutzer hat keine.</translation>
    </message>
    <message>
        <source>This event beside the access explainer for the user: where sign-in goes, suspension, organizations that require MFA, the MFA policy</source>
        <translation>Dieses Ereignis neben dem Zugriffserklärer für den Benutzer: wohin die Anmeldung führt, Sperre, Organisationen mit MFA-Pflicht, die MFA-Richtlinie</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::UserTransferDialog</name>
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
        <source>About %1 found, counting…</source>
        <translation>Etwa %1 gefunden, wird gezählt …</translation>
    </message>
    <message>
        <source>About %1, counting…</source>
        <translation>Etwa %1, wird gezählt …</translation>
    </message>
    <message>
        <source>The database&apos;s estimate. The exact number follows when the users have been counted in the background.</source>
        <translation>Schätzung der Datenbank. Die genaue Zahl folgt, sobald die Benutzer im Hintergrund gezählt sind.</translation>
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
    <message>
        <source>Searching the server…</source>
        <translation>Der Server wird durchsucht …</translation>
    </message>
    <message>
        <source>The server takes a while to search all its users. Users whose id, username, email or phone is exactly the text show first.</source>
        <translation>Der Server braucht eine Weile, um alle Benutzer zu durchsuchen. Benutzer, deren ID, Benutzername, E-Mail oder Telefonnummer genau dem Text entspricht, erscheinen zuerst.</translation>
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
    <message>
        <source>must be a colour in the form #RRGGBB (for example #5D34F2)</source>
        <translation>muss eine Farbe im Format #RRGGBB sein (zum Beispiel #5D34F2)</translation>
    </message>
    <message>
        <source>must be an absolute http or https URL (for example https://example.com/logo.png)</source>
        <translation>muss eine absolute http- oder https-URL sein (zum Beispiel https://example.com/logo.png)</translation>
    </message>
</context>
</TS>
