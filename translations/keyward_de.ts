<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuthKeyTab</name>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="9"/>
        <source>Your authentication key lets scripts and tools sign in as you without your e-mail and password: they send it as “personal-access-token” to POST /v1/auth/login/token. You have at most one. It signs in without your second factor (two-factor authentication does not apply to it): treat it like a password and keep it only where it is needed.</source>
        <translation>Mit Ihrem Authentifizierungsschlüssel können sich Skripte und Werkzeuge ohne Ihre E-Mail-Adresse und Ihr Passwort in Ihrem Namen anmelden: Diese senden ihn als „personal-access-token“ an POST /v1/auth/login/token. Sie haben höchstens einen. Er meldet ohne Ihren zweiten Faktor an (die Zwei-Faktor-Authentifizierung gilt für ihn nicht): Behandeln Sie ihn wie ein Passwort und bewahren Sie ihn nur dort auf, wo er gebraucht wird.</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="15"/>
        <source>You have no authentication key yet.</source>
        <translation>Sie haben noch keinen Authentifizierungsschlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="26"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="31"/>
        <source>Key prefix</source>
        <translation>Schlüsselpräfix</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="37"/>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="42"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="47"/>
        <source>Last used:</source>
        <translation>Zuletzt verwendet:</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="52"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="65"/>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="66"/>
        <source>Generate your authentication key</source>
        <translation>Ihren Authentifizierungsschlüssel erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="67"/>
        <source>Generate authentication key</source>
        <translation>Authentifizierungsschlüssel erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="72"/>
        <source>&amp;Regenerate…</source>
        <translation>&amp;Neu erzeugen…</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="73"/>
        <source>Replace the key with a new one; the current key stops working at once</source>
        <translation>Den Schlüssel durch einen neuen ersetzen; der aktuelle Schlüssel funktioniert sofort nicht mehr</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="74"/>
        <source>Regenerate authentication key</source>
        <translation>Authentifizierungsschlüssel neu erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="79"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="80"/>
        <source>Delete the key; it stops working at once</source>
        <translation>Den Schlüssel löschen; er funktioniert sofort nicht mehr</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="81"/>
        <source>Delete authentication key</source>
        <translation>Authentifizierungsschlüssel löschen</translation>
    </message>
</context>
<context>
    <name>Keyward::ApiClient</name>
    <message>
        <location filename="../core/ApiClient.cpp" line="141"/>
        <source>There is no session that could be renewed</source>
        <translation>Es gibt keine Sitzung, die erneuert werden könnte</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="207"/>
        <source>No server address is set</source>
        <translation>Es ist keine Serveradresse eingestellt</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="304"/>
        <source>The request was canceled</source>
        <translation>Die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="308"/>
        <source>The server at %1 did not answer within %2 s</source>
        <translation>Der Server unter %1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="316"/>
        <source>The answer from %1 could not be understood: %2</source>
        <translation>Die Antwort von %1 war nicht verständlich: %2</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="322"/>
        <source>The server at %1 closed the connection without a complete answer</source>
        <translation>Der Server unter %1 hat die Verbindung ohne vollständige Antwort geschlossen</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="324"/>
        <source>Could not connect to the server at %1: nothing answers there</source>
        <translation>Keine Verbindung zum Server unter %1: dort antwortet nichts</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="326"/>
        <source>Could not reach the server at %1: %2</source>
        <translation>Der Server unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="337"/>
        <source>The answer from %1 (HTTP %2) is not a Keyward response</source>
        <translation>Die Antwort von %1 (HTTP %2) ist keine Keyward-Antwort</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="348"/>
        <source>The answer from %1 (HTTP %2) contradicts itself</source>
        <translation>Die Antwort von %1 (HTTP %2) widerspricht sich</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="382"/>
        <source>The server did not send a session token</source>
        <translation>Der Server hat kein Sitzungstoken gesendet</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="392"/>
        <source>The server did not send a refresh token</source>
        <translation>Der Server hat kein Erneuerungstoken gesendet</translation>
    </message>
</context>
<context>
    <name>Keyward::ApiKeyModel</name>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="264"/>
        <location filename="../ui/ApiKeyModel.cpp" line="395"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="266"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="268"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="270"/>
        <source>Leaked</source>
        <translation>Geleakt</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="327"/>
        <location filename="../ui/ApiKeyModel.cpp" line="329"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ApiKeyModel.cpp" line="385"/>
        <source>Expires in %n day(s), on %1</source>
        <translation>
            <numerusform>Läuft in %n Tag ab, am %1</numerusform>
            <numerusform>Läuft in %n Tagen ab, am %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="388"/>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="390"/>
        <source>Revoked: the key does not work until it is re-activated</source>
        <translation>Widerrufen: Der Schlüssel funktioniert erst wieder, wenn er reaktiviert wird</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="392"/>
        <source>Leaked: found in public at %1 on %2 and revoked for good</source>
        <translation>Geleakt: am %2 öffentlich unter %1 gefunden und endgültig widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="409"/>
        <source>Last used on %1 from %2</source>
        <translation>Zuletzt verwendet am %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="412"/>
        <source>Key id: %1</source>
        <translation>Schlüssel-ID: %1</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="436"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="438"/>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="440"/>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="442"/>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="444"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="446"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="448"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="450"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="452"/>
        <source>Last used from</source>
        <translation>Zuletzt verwendet von</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="454"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>Keyward::ApiKeysTab</name>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="36"/>
        <source>API Keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="48"/>
        <source>Search by name, prefix or description…</source>
        <translation>Nach Name, Präfix oder Beschreibung suchen…</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="49"/>
        <source>Search keys</source>
        <translation>Schlüssel suchen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ApiKeysTab.cpp" line="58"/>
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Läuft innerhalb von %n Tag ab</numerusform>
            <numerusform>Läuft innerhalb von %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="66"/>
        <source>Show them</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="70"/>
        <source>Your API keys</source>
        <translation>Ihre API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="88"/>
        <source>Key actions</source>
        <translation>Schlüsselaktionen</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="102"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="219"/>
        <source>Loading keys…</source>
        <translation>Schlüssel werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="221"/>
        <source>You have no API keys yet.</source>
        <translation>Sie haben noch keine API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="223"/>
        <source>You have no API keys yet. A key lets a program or a script call the API as you.</source>
        <translation>Sie haben noch keine API-Schlüssel. Mit einem Schlüssel kann ein Programm oder Skript die API in Ihrem Namen aufrufen.</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="224"/>
        <source>Create your first key</source>
        <translation>Ersten Schlüssel anlegen</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="226"/>
        <source>No key matches the search and filters.</source>
        <translation>Kein Schlüssel passt zur Suche und zu den Filtern.</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="226"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="229"/>
        <source>No keys yet</source>
        <translation>Noch keine Schlüssel</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ApiKeysTab.cpp" line="231"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ApiKeysTab.cpp" line="233"/>
        <source>%1 of %n key(s)</source>
        <translation>
            <numerusform>%1 von %n Schlüssel</numerusform>
            <numerusform>%1 von %n Schlüsseln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ApiKeysTab.cpp" line="242"/>
        <source>%n of your active keys expire(s) within %1 days. Edit them to extend the expiry.</source>
        <translation>
            <numerusform>%n Ihrer aktiven Schlüssel läuft innerhalb von %1 Tagen ab. Bearbeiten Sie ihn, um den Ablauf zu verlängern.</numerusform>
            <numerusform>%n Ihrer aktiven Schlüssel laufen innerhalb von %1 Tagen ab. Bearbeiten Sie sie, um den Ablauf zu verlängern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::ApiReply</name>
    <message>
        <location filename="../core/ApiReply.cpp" line="40"/>
        <source>The request was canceled</source>
        <translation>Die Anfrage wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>Keyward::AuditDetailsPane</name>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="18"/>
        <source>Entry details</source>
        <translation>Eintragsdetails</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="19"/>
        <source>Select an entry to see everything it records.</source>
        <translation>Wählen Sie einen Eintrag, um alles zu sehen, was er festhält.</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="34"/>
        <source>Time:</source>
        <translation>Zeitpunkt:</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="35"/>
        <source>Event:</source>
        <translation>Ereignis:</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="36"/>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="37"/>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="38"/>
        <source>Who:</source>
        <translation>Wer:</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="39"/>
        <source>Object:</source>
        <translation>Objekt:</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="40"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="41"/>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="72"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="79"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="83"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="88"/>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="90"/>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="96"/>
        <source>%1, id %2</source>
        <translation>%1, ID %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="98"/>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="100"/>
        <source>%1 “%2”, id %3</source>
        <translation>%1 „%2“, ID %3</translation>
    </message>
</context>
<context>
    <name>Keyward::AuditModel</name>
    <message>
        <location filename="../ui/AuditModel.cpp" line="30"/>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="32"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="89"/>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="101"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="113"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="114"/>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="115"/>
        <source>%1 “%2” (%3)</source>
        <translation>%1 „%2“ (%3)</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="34"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="38"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="36"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>Keyward::AuditSentences</name>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="50"/>
        <location filename="../ui/AuditSentences.cpp" line="56"/>
        <source>the key “%1”</source>
        <translation>den Schlüssel „%1“</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="52"/>
        <source>your key “%1”</source>
        <translation>Ihren Schlüssel „%1“</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="55"/>
        <source>the key “%1” of %2</source>
        <translation>den Schlüssel „%1“ von %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="69"/>
        <source>the user %1</source>
        <translation>den Benutzer %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="71"/>
        <source>the tenant “%1”</source>
        <translation>den Mandanten „%1“</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="74"/>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="85"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="87"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="89"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="90"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="97"/>
        <source>sign-in</source>
        <translation>der Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="99"/>
        <source>a password change</source>
        <translation>einer Passwortänderung</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="101"/>
        <source>an e-mail address change</source>
        <translation>einer Änderung der E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="103"/>
        <source>the set-up of two-factor authentication</source>
        <translation>der Einrichtung der Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="105"/>
        <source>the confirmation of two-factor authentication</source>
        <translation>der Bestätigung der Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="107"/>
        <source>turning off two-factor authentication</source>
        <translation>der Abschaltung der Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="109"/>
        <source>the creation of new recovery codes</source>
        <translation>der Erzeugung neuer Wiederherstellungscodes</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="111"/>
        <source>the creation of an authentication key</source>
        <translation>der Erzeugung eines Authentifizierungsschlüssels</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="118"/>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="120"/>
        <source>authentication key</source>
        <translation>Authentifizierungsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="122"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="130"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="132"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="134"/>
        <source>expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="136"/>
        <source>scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="138"/>
        <source>rate limit</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="140"/>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="142"/>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="144"/>
        <source>sign-in access</source>
        <translation>Anmeldezugang</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="169"/>
        <source>You created %1</source>
        <translation>Sie haben %1 angelegt</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="170"/>
        <source>%1 created %2</source>
        <translation>%1 hat %2 angelegt</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="172"/>
        <source>You revoked %1</source>
        <translation>Sie haben %1 widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="173"/>
        <source>%1 revoked %2</source>
        <translation>%1 hat %2 widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="175"/>
        <source>You re-activated %1</source>
        <translation>Sie haben %1 reaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="176"/>
        <source>%1 re-activated %2</source>
        <translation>%1 hat %2 reaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="178"/>
        <source>You deleted %1</source>
        <translation>Sie haben %1 gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="179"/>
        <source>%1 deleted %2</source>
        <translation>%1 hat %2 gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="183"/>
        <source>You rotated %1; the old secret stopped working at once</source>
        <translation>Sie haben %1 rotiert; das alte Geheimnis funktionierte sofort nicht mehr</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="186"/>
        <source>%1 rotated %2; the old secret stopped working at once</source>
        <translation>%1 hat %2 rotiert; das alte Geheimnis funktionierte sofort nicht mehr</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="190"/>
        <source>You rotated %1; the old secret works for %2 more</source>
        <translation>Sie haben %1 rotiert; das alte Geheimnis funktioniert noch %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="192"/>
        <source>%1 rotated %2; the old secret works for %3 more</source>
        <translation>%1 hat %2 rotiert; das alte Geheimnis funktioniert noch %3</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="204"/>
        <source>You renamed %1 to “%2”</source>
        <translation>Sie haben %1 in „%2“ umbenannt</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="205"/>
        <source>%1 renamed %2 to “%3”</source>
        <translation>%1 hat %2 in „%3“ umbenannt</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="208"/>
        <source>You renamed %1 to “%2” and changed its %3</source>
        <translation>Sie haben %1 in „%2“ umbenannt; außerdem geändert: %3</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="210"/>
        <source>%1 renamed %2 to “%3” and changed its %4</source>
        <translation>%1 hat %2 in „%3“ umbenannt; außerdem geändert: %4</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="215"/>
        <source>You edited %1</source>
        <translation>Sie haben %1 bearbeitet</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="216"/>
        <source>%1 edited %2</source>
        <translation>%1 hat %2 bearbeitet</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="218"/>
        <location filename="../ui/AuditSentences.cpp" line="387"/>
        <source>You changed the %1 of %2</source>
        <translation>Sie haben %2 geändert: %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="219"/>
        <location filename="../ui/AuditSentences.cpp" line="388"/>
        <source>%1 changed the %2 of %3</source>
        <translation>%1 hat %3 geändert: %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="230"/>
        <source>You created your authentication key</source>
        <translation>Sie haben Ihren Authentifizierungsschlüssel erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="231"/>
        <source>%1 created their authentication key</source>
        <translation>%1 hat den eigenen Authentifizierungsschlüssel erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="234"/>
        <source>You deleted your authentication key</source>
        <translation>Sie haben Ihren Authentifizierungsschlüssel gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="235"/>
        <source>%1 deleted their authentication key</source>
        <translation>%1 hat den eigenen Authentifizierungsschlüssel gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="239"/>
        <source>You replaced your authentication key; the old one stopped working at once</source>
        <translation>Sie haben Ihren Authentifizierungsschlüssel ersetzt; der alte funktionierte sofort nicht mehr</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="242"/>
        <source>%1 replaced their authentication key; the old one stopped working at once</source>
        <translation>%1 hat den eigenen Authentifizierungsschlüssel ersetzt; der alte funktionierte sofort nicht mehr</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="247"/>
        <source>You replaced your authentication key; the old one works for %1 more</source>
        <translation>Sie haben Ihren Authentifizierungsschlüssel ersetzt; der alte funktioniert noch %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="250"/>
        <source>%1 replaced their authentication key; the old one works for %2 more</source>
        <translation>%1 hat den eigenen Authentifizierungsschlüssel ersetzt; der alte funktioniert noch %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="264"/>
        <source>You signed in with your authentication key</source>
        <translation>Sie haben sich mit Ihrem Authentifizierungsschlüssel angemeldet</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="265"/>
        <source>%1 signed in with their authentication key</source>
        <translation>%1 hat sich mit dem eigenen Authentifizierungsschlüssel angemeldet</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="269"/>
        <source>You signed in with an API key</source>
        <translation>Sie haben sich mit einem API-Schlüssel angemeldet</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="270"/>
        <source>%1 signed in with an API key</source>
        <translation>%1 hat sich mit einem API-Schlüssel angemeldet</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="271"/>
        <source>You signed in</source>
        <translation>Sie haben sich angemeldet</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="272"/>
        <source>%1 signed in</source>
        <translation>%1 hat sich angemeldet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="277"/>
        <source>You changed your password and revoked your %n API key(s)</source>
        <translation>
            <numerusform>Sie haben Ihr Passwort geändert und Ihren %n API-Schlüssel widerrufen</numerusform>
            <numerusform>Sie haben Ihr Passwort geändert und Ihre %n API-Schlüssel widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="280"/>
        <source>%1 changed their password and revoked their %n API key(s)</source>
        <translation>
            <numerusform>%1 hat das eigene Passwort geändert und den eigenen %n API-Schlüssel widerrufen</numerusform>
            <numerusform>%1 hat das eigene Passwort geändert und die eigenen %n API-Schlüssel widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="285"/>
        <source>You changed your password</source>
        <translation>Sie haben Ihr Passwort geändert</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="286"/>
        <source>%1 changed their password</source>
        <translation>%1 hat das eigene Passwort geändert</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="289"/>
        <source>You turned on two-factor authentication</source>
        <translation>Sie haben die Zwei-Faktor-Authentifizierung aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="290"/>
        <source>%1 turned on two-factor authentication</source>
        <translation>%1 hat die Zwei-Faktor-Authentifizierung aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="294"/>
        <source>You turned off two-factor authentication</source>
        <translation>Sie haben die Zwei-Faktor-Authentifizierung deaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="295"/>
        <source>%1 turned off two-factor authentication</source>
        <translation>%1 hat die Zwei-Faktor-Authentifizierung deaktiviert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="300"/>
        <source>You used a recovery code; %n left</source>
        <translation>
            <numerusform>Sie haben einen Wiederherstellungscode verwendet; noch %n übrig</numerusform>
            <numerusform>Sie haben einen Wiederherstellungscode verwendet; noch %n übrig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="301"/>
        <source>%1 used a recovery code; %n left</source>
        <translation>
            <numerusform>%1 hat einen Wiederherstellungscode verwendet; noch %n übrig</numerusform>
            <numerusform>%1 hat einen Wiederherstellungscode verwendet; noch %n übrig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="308"/>
        <source>You made new recovery codes</source>
        <translation>Sie haben neue Wiederherstellungscodes erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="309"/>
        <source>%1 made new recovery codes</source>
        <translation>%1 hat neue Wiederherstellungscodes erzeugt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="311"/>
        <source>You made %n new recovery code(s)</source>
        <translation>
            <numerusform>Sie haben %n neuen Wiederherstellungscode erzeugt</numerusform>
            <numerusform>Sie haben %n neue Wiederherstellungscodes erzeugt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="312"/>
        <source>%1 made %n new recovery code(s)</source>
        <translation>
            <numerusform>%1 hat %n neuen Wiederherstellungscode erzeugt</numerusform>
            <numerusform>%1 hat %n neue Wiederherstellungscodes erzeugt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="326"/>
        <source>You created the user %1</source>
        <translation>Sie haben den Benutzer %1 angelegt</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="327"/>
        <source>%1 created the user %2</source>
        <translation>%1 hat den Benutzer %2 angelegt</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="328"/>
        <source>You created the user %1 as %2</source>
        <translation>Sie haben den Benutzer %1 als %2 angelegt</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="330"/>
        <source>%1 created the user %2 as %3</source>
        <translation>%1 hat den Benutzer %2 als %3 angelegt</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="336"/>
        <source>You reset your own two-factor authentication</source>
        <translation>Sie haben Ihre eigene Zwei-Faktor-Authentifizierung zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="337"/>
        <source>%1 reset their own two-factor authentication</source>
        <translation>%1 hat die eigene Zwei-Faktor-Authentifizierung zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="340"/>
        <source>%1 reset your two-factor authentication</source>
        <translation>%1 hat Ihre Zwei-Faktor-Authentifizierung zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="343"/>
        <source>You reset the two-factor authentication of %1</source>
        <translation>Sie haben die Zwei-Faktor-Authentifizierung von %1 zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="345"/>
        <source>%1 reset the two-factor authentication of %2</source>
        <translation>%1 hat die Zwei-Faktor-Authentifizierung von %2 zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="355"/>
        <source>You changed your e-mail address to %1</source>
        <translation>Sie haben Ihre E-Mail-Adresse in %1 geändert</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="358"/>
        <source>%1 changed their e-mail address to %2</source>
        <translation>%1 hat die eigene E-Mail-Adresse in %2 geändert</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="361"/>
        <source>You changed your e-mail address to %1 and your %2</source>
        <translation>Sie haben Ihre E-Mail-Adresse in %1 geändert; außerdem geändert: %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="364"/>
        <source>%1 changed their e-mail address to %2 and their %3</source>
        <translation>%1 hat die eigene E-Mail-Adresse in %2 geändert; außerdem geändert: %3</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="371"/>
        <source>You updated your account</source>
        <translation>Sie haben Ihr Konto aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="372"/>
        <source>%1 updated their account</source>
        <translation>%1 hat das eigene Konto aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="374"/>
        <source>You changed your %1</source>
        <translation>Sie haben Ihr Konto geändert: %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="375"/>
        <source>%1 changed their %2</source>
        <translation>%1 hat das eigene Konto geändert: %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="380"/>
        <source>%1 updated your account</source>
        <translation>%1 hat Ihr Konto aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="381"/>
        <source>%1 changed your %2</source>
        <translation>%1 hat Ihr Konto geändert: %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="384"/>
        <source>You updated the user %1</source>
        <translation>Sie haben den Benutzer %1 aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="385"/>
        <source>%1 updated the user %2</source>
        <translation>%1 hat den Benutzer %2 aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="395"/>
        <source>no limit on key lifetimes</source>
        <translation>keine Begrenzung der Schlüssellaufzeit</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="396"/>
        <source>keys live at most %n day(s)</source>
        <translation>
            <numerusform>Schlüssel gelten höchstens %n Tag</numerusform>
            <numerusform>Schlüssel gelten höchstens %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="402"/>
        <source>a sign-in lasts at most %n day(s)</source>
        <translation>
            <numerusform>eine Anmeldung gilt höchstens %n Tag</numerusform>
            <numerusform>eine Anmeldung gilt höchstens %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="408"/>
        <source>You changed the settings of the tenant “%1”</source>
        <translation>Sie haben die Einstellungen des Mandanten „%1“ geändert</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="410"/>
        <source>%1 changed the settings of the tenant “%2”</source>
        <translation>%1 hat die Einstellungen des Mandanten „%2“ geändert</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="414"/>
        <source>You changed the settings of the tenant “%1”: %2</source>
        <translation>Sie haben die Einstellungen des Mandanten „%1“ geändert: %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="416"/>
        <source>%1 changed the settings of the tenant “%2”: %3</source>
        <translation>%1 hat die Einstellungen des Mandanten „%2“ geändert: %3</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="429"/>
        <source>Your sign-in failed</source>
        <translation>Ihre Anmeldung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="430"/>
        <source>Sign-in by %1 failed</source>
        <translation>Anmeldung von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="432"/>
        <source>Your sign-in failed (%1)</source>
        <translation>Ihre Anmeldung ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="433"/>
        <source>Sign-in by %1 failed (%2)</source>
        <translation>Anmeldung von %1 fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="439"/>
        <source>Your second-factor check failed (%1)</source>
        <translation>Ihre Prüfung des zweiten Faktors ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="441"/>
        <source>Second-factor check of %1 failed (%2)</source>
        <translation>Prüfung des zweiten Faktors von %1 fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="444"/>
        <source>Your second-factor check failed during %1 (%2)</source>
        <translation>Ihre Prüfung des zweiten Faktors ist während %1 fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="446"/>
        <source>Second-factor check of %1 failed during %2 (%3)</source>
        <translation>Prüfung des zweiten Faktors von %1 während %2 fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="450"/>
        <source>Your password confirmation failed (%1)</source>
        <translation>Ihre Passwortbestätigung ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="452"/>
        <source>Password confirmation by %1 failed (%2)</source>
        <translation>Passwortbestätigung von %1 fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="456"/>
        <source>Your password change failed (%1)</source>
        <translation>Ihre Passwortänderung ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="457"/>
        <source>Password change by %1 failed (%2)</source>
        <translation>Passwortänderung von %1 fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="460"/>
        <source>You could not create the user %1 (%2)</source>
        <translation>Sie konnten den Benutzer %1 nicht anlegen (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="462"/>
        <source>%1 could not create the user %2 (%3)</source>
        <translation>%1 konnte den Benutzer %2 nicht anlegen (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="467"/>
        <source>A copied sign-in of yours was refused; %n session(s) ended</source>
        <translation>
            <numerusform>Eine kopierte Anmeldung von Ihnen wurde abgewiesen; %n Sitzung beendet</numerusform>
            <numerusform>Eine kopierte Anmeldung von Ihnen wurde abgewiesen; %n Sitzungen beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="469"/>
        <source>A copied sign-in of %1 was refused; %n session(s) ended</source>
        <translation>
            <numerusform>Eine kopierte Anmeldung von %1 wurde abgewiesen; %n Sitzung beendet</numerusform>
            <numerusform>Eine kopierte Anmeldung von %1 wurde abgewiesen; %n Sitzungen beendet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="474"/>
        <source>Someone tried to use %1 after it was revoked</source>
        <translation>Jemand hat versucht, %1 nach dem Widerruf zu verwenden</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="488"/>
        <location filename="../ui/AuditSentences.cpp" line="501"/>
        <location filename="../ui/AuditSentences.cpp" line="699"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="490"/>
        <source>%1, by you</source>
        <translation>%1, von Ihnen</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="491"/>
        <source>%1, by %2</source>
        <translation>%1, von %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="494"/>
        <source>%1: %2, by you</source>
        <translation>%1: %2, von Ihnen</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="495"/>
        <source>%1: %2, by %3</source>
        <translation>%1: %2, von %3</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="502"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="531"/>
        <location filename="../ui/AuditSentences.cpp" line="638"/>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="533"/>
        <source>Copied sign-in refused</source>
        <translation>Kopierte Anmeldung abgewiesen</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="534"/>
        <source>Password confirmation</source>
        <translation>Passwortbestätigung</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="535"/>
        <source>Password change attempt</source>
        <translation>Versuchte Passwortänderung</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="536"/>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="537"/>
        <source>Second-factor check</source>
        <translation>Prüfung des zweiten Faktors</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="539"/>
        <source>Two-factor authentication turned on</source>
        <translation>Zwei-Faktor-Authentifizierung aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="541"/>
        <source>Two-factor authentication turned off</source>
        <translation>Zwei-Faktor-Authentifizierung deaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="542"/>
        <source>Two-factor authentication reset</source>
        <translation>Zwei-Faktor-Authentifizierung zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="543"/>
        <source>Recovery code used</source>
        <translation>Wiederherstellungscode verwendet</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="545"/>
        <source>New recovery codes</source>
        <translation>Neue Wiederherstellungscodes</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="546"/>
        <source>Key created</source>
        <translation>Schlüssel erstellt</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="547"/>
        <source>Key edited</source>
        <translation>Schlüssel bearbeitet</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="548"/>
        <source>Key revoked</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="549"/>
        <source>Key re-activated</source>
        <translation>Schlüssel reaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="550"/>
        <source>Key rotated</source>
        <translation>Schlüssel rotiert</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="551"/>
        <source>Key deleted</source>
        <translation>Schlüssel gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="552"/>
        <source>Revoked key used</source>
        <translation>Widerrufener Schlüssel verwendet</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="554"/>
        <source>Authentication key created</source>
        <translation>Authentifizierungsschlüssel erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="556"/>
        <source>Authentication key replaced</source>
        <translation>Authentifizierungsschlüssel ersetzt</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="558"/>
        <location filename="../ui/AuditSentences.cpp" line="634"/>
        <source>Authentication key deleted</source>
        <translation>Authentifizierungsschlüssel gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="559"/>
        <source>User created</source>
        <translation>Benutzer angelegt</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="560"/>
        <source>User not created</source>
        <translation>Benutzer nicht angelegt</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="561"/>
        <source>User changed</source>
        <translation>Benutzer geändert</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="562"/>
        <source>Tenant settings changed</source>
        <translation>Mandanteneinstellungen geändert</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="566"/>
        <source>Unknown action</source>
        <translation>Unbekannte Aktion</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="573"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="575"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="577"/>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="589"/>
        <source>wrong password</source>
        <translation>falsches Passwort</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="591"/>
        <source>the account is disabled</source>
        <translation>das Konto ist deaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="593"/>
        <source>wrong authenticator code</source>
        <translation>falscher Authenticator-Code</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="595"/>
        <source>authenticator code used before</source>
        <translation>Authenticator-Code bereits verwendet</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="597"/>
        <source>wrong or used recovery code</source>
        <translation>falscher oder bereits verwendeter Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="599"/>
        <source>the e-mail address is in use</source>
        <translation>die E-Mail-Adresse wird bereits verwendet</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="606"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="608"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="610"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="617"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="618"/>
        <source>During</source>
        <translation>Während</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="619"/>
        <source>Signed in with</source>
        <translation>Angemeldet mit</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="620"/>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="621"/>
        <source>Through the key</source>
        <translation>Über den Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="622"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="623"/>
        <source>Previous name</source>
        <translation>Vorheriger Name</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="624"/>
        <source>Previous e-mail address</source>
        <translation>Vorherige E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="625"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="626"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="627"/>
        <source>Old secret valid for</source>
        <translation>Altes Geheimnis gültig für</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="628"/>
        <source>Recovery codes left</source>
        <translation>Verbleibende Wiederherstellungscodes</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="629"/>
        <source>Recovery codes</source>
        <translation>Wiederherstellungscodes</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="630"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="631"/>
        <source>Was turned on</source>
        <translation>War aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="632"/>
        <source>API keys revoked</source>
        <translation>Widerrufene API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="636"/>
        <source>Longest key lifetime (days)</source>
        <translation>Maximale Schlüssellaufzeit (Tage)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="637"/>
        <source>Longest sign-in (days)</source>
        <translation>Maximale Anmeldedauer (Tage)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="639"/>
        <source>Sessions ended</source>
        <translation>Beendete Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="659"/>
        <source>no grace period</source>
        <translation>keine Übergangsfrist</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="672"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="673"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="691"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Keyward::AuditTab</name>
    <message>
        <location filename="../ui/AuditTab.cpp" line="46"/>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="48"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="50"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="53"/>
        <source>Load &amp;older entries</source>
        <translation>Ältere Einträge &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="56"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="68"/>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="70"/>
        <source>Sign-ins</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="71"/>
        <source>Failed second-factor checks</source>
        <translation>Fehlgeschlagene Zweitfaktor-Prüfungen</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="72"/>
        <source>Failed password confirmations</source>
        <translation>Fehlgeschlagene Passwortbestätigungen</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="73"/>
        <source>Copied sign-ins refused</source>
        <translation>Abgewiesene kopierte Anmeldungen</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="74"/>
        <source>Keys created</source>
        <translation>Schlüssel erstellt</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="75"/>
        <source>Keys edited</source>
        <translation>Schlüssel bearbeitet</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="76"/>
        <source>Keys revoked</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="77"/>
        <source>Keys re-activated</source>
        <translation>Schlüssel reaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="78"/>
        <source>Keys rotated</source>
        <translation>Schlüssel rotiert</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="79"/>
        <source>Keys deleted</source>
        <translation>Schlüssel gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="80"/>
        <source>Revoked keys used</source>
        <translation>Widerrufene Schlüssel verwendet</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="81"/>
        <source>Authentication keys created</source>
        <translation>Authentifizierungsschlüssel erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="82"/>
        <source>Authentication keys replaced</source>
        <translation>Authentifizierungsschlüssel ersetzt</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="83"/>
        <source>Authentication keys deleted</source>
        <translation>Authentifizierungsschlüssel gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="84"/>
        <source>Password changes</source>
        <translation>Passwortänderungen</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="85"/>
        <source>Failed password changes</source>
        <translation>Fehlgeschlagene Passwortänderungen</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="86"/>
        <source>Two-factor turned on</source>
        <translation>Zwei-Faktor aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="87"/>
        <source>Two-factor turned off</source>
        <translation>Zwei-Faktor deaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="88"/>
        <source>Two-factor resets</source>
        <translation>Zwei-Faktor zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="89"/>
        <source>Recovery codes used</source>
        <translation>Wiederherstellungscodes verwendet</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="90"/>
        <source>New recovery codes</source>
        <translation>Neue Wiederherstellungscodes</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="91"/>
        <source>Users created</source>
        <translation>Benutzer angelegt</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="92"/>
        <source>Users refused</source>
        <translation>Benutzer abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="93"/>
        <source>Users changed</source>
        <translation>Benutzer geändert</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="94"/>
        <source>Tenant settings changed</source>
        <translation>Mandanteneinstellungen geändert</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="98"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="99"/>
        <location filename="../ui/AuditTab.cpp" line="351"/>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="101"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="103"/>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="104"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="105"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="106"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="107"/>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="108"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="111"/>
        <source>From (first day)</source>
        <translation>Von (erster Tag)</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="112"/>
        <source>To (last day)</source>
        <translation>Bis (letzter Tag)</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="113"/>
        <source>The first day shown, from midnight</source>
        <translation>Der erste angezeigte Tag, ab Mitternacht</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="114"/>
        <source>The last day shown, up to midnight</source>
        <translation>Der letzte angezeigte Tag, bis Mitternacht</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="116"/>
        <source>Filter loaded entries…</source>
        <translation>Geladene Einträge filtern…</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="118"/>
        <source>Filter the audit log</source>
        <translation>Audit-Protokoll filtern</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="145"/>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="159"/>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="162"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="323"/>
        <source>No entries match the filters.</source>
        <translation>Keine Einträge passen zu den Filtern.</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="323"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="325"/>
        <source>Nothing has been recorded yet: sign-ins and changes to keys and accounts are listed here.</source>
        <translation>Bisher wurde nichts aufgezeichnet: Anmeldungen und Änderungen an Schlüsseln und Konten werden hier aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="327"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditTab.cpp" line="403"/>
        <source>%n audit entries shown</source>
        <translation>
            <numerusform>%n Protokolleintrag angezeigt</numerusform>
            <numerusform>%n Protokolleinträge angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::AuthKeyTab</name>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="34"/>
        <source>Authentication Key</source>
        <translation>Authentifizierungsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="92"/>
        <source>%1…</source>
        <comment>the display prefix of a key; the rest is never shown</comment>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="98"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="102"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="106"/>
        <source>%1 from %2</source>
        <comment>time, client address</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="140"/>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="163"/>
        <source>An authentication key signs in as you without your password, so making one needs a fresh proof that it is you.</source>
        <translation>Ein Authentifizierungsschlüssel meldet sich ohne Ihr Passwort in Ihrem Namen an. Um einen zu erstellen, müssen Sie daher erneut bestätigen, dass Sie es sind.</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="159"/>
        <source>A new authentication key replaces the old one, which no longer works.</source>
        <translation>Ein neuer Authentifizierungsschlüssel ersetzt den alten, der nicht mehr funktioniert.</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="94"/>
        <source>The replaced key works until %1.</source>
        <translation>Der ersetzte Schlüssel funktioniert bis %1.</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="118"/>
        <source>your authentication key</source>
        <translation>Ihrem Authentifizierungsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="119"/>
        <source>Your new authentication key</source>
        <translation>Ihr neuer Authentifizierungsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="137"/>
        <source>Regenerate the authentication key</source>
        <translation>Authentifizierungsschlüssel neu erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="138"/>
        <source>A new authentication key is issued, shown once; the sessions opened with the current one end.
The current key should:</source>
        <translation>Ein neuer Authentifizierungsschlüssel wird ausgestellt und einmal angezeigt; die mit dem aktuellen geöffneten Sitzungen werden beendet.
Der aktuelle Schlüssel soll:</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="154"/>
        <source>Your authentication key has been generated.</source>
        <translation>Ihr Authentifizierungsschlüssel wurde erzeugt.</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="156"/>
        <source>A new authentication key replaces the old one, which works until %1.</source>
        <translation>Ein neuer Authentifizierungsschlüssel ersetzt den alten, der bis %1 funktioniert.</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="177"/>
        <source>Delete the authentication key?</source>
        <translation>Authentifizierungsschlüssel löschen?</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="178"/>
        <source>The key %1… stops working at once, and the sessions opened with it end. Scripts and tools that use it can no longer sign in.</source>
        <translation>Der Schlüssel %1… funktioniert sofort nicht mehr, und die damit geöffneten Sitzungen werden beendet. Skripte und Werkzeuge, die ihn verwenden, können sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="181"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="193"/>
        <source>Your authentication key has been deleted.</source>
        <translation>Ihr Authentifizierungsschlüssel wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>Keyward::ConsoleTab</name>
    <message>
        <location filename="../ui/ConsoleTab.cpp" line="18"/>
        <source>The key “%1” is kept in the system keychain</source>
        <translation>Der Schlüssel „%1“ wird im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/ConsoleTab.cpp" line="22"/>
        <source>The key could not be kept in the keychain: %1</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund aufbewahrt werden: %1</translation>
    </message>
</context>
<context>
    <name>Keyward::CreateKeyDialog</name>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="49"/>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="61"/>
        <source>Edit API key</source>
        <translation>API-Schlüssel bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="80"/>
        <source>e.g. CI pipeline</source>
        <translation>z. B. CI-Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="81"/>
        <source>Key name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="82"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="87"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="88"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="89"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="94"/>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="98"/>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="117"/>
        <source>&amp;read</source>
        <translation>&amp;read</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="117"/>
        <source>Read keys, profile, tenant and audit log (GET)</source>
        <translation>Schlüssel, Profil, Mandant und Audit-Protokoll lesen (GET)</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="118"/>
        <source>&amp;write</source>
        <translation>&amp;write</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="118"/>
        <source>Create, change, revoke and delete keys</source>
        <translation>Schlüssel erstellen, ändern, widerrufen und löschen</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="119"/>
        <source>&amp;admin</source>
        <translation>&amp;admin</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="119"/>
        <source>Manage users and the tenant (admin owners only)</source>
        <translation>Benutzer und den Mandanten verwalten (nur für Inhaber mit Administratorrechten)</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="120"/>
        <source>web&amp;hook</source>
        <translation>web&amp;hook</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="120"/>
        <source>Deliver webhooks</source>
        <translation>Webhooks zustellen</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="122"/>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="123"/>
        <source>Scopes:</source>
        <translation>Berechtigungen:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="129"/>
        <source>What the key may do: read lists and shows, write also changes keys, admin manages users and the tenant, webhook manages webhooks. Scopes are fixed once the key exists.</source>
        <translation>Was der Schlüssel darf: read listet und zeigt an, write ändert auch Schlüssel, admin verwaltet Benutzer und den Mandanten, webhook verwaltet Webhooks. Berechtigungen stehen fest, sobald der Schlüssel existiert.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="131"/>
        <source>Scopes cannot be changed once a key exists: create a new key for other scopes.</source>
        <translation>Berechtigungen lassen sich nicht ändern, sobald ein Schlüssel existiert: Legen Sie für andere Berechtigungen einen neuen Schlüssel an.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="136"/>
        <source>Rate limit</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="139"/>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="140"/>
        <source> per minute</source>
        <translation> pro Minute</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="141"/>
        <source>Requests per minute the key may make; over it, verification answers 429</source>
        <translation>Anfragen pro Minute, die der Schlüssel stellen darf; darüber antwortet die Prüfung mit 429</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="142"/>
        <source>Ra&amp;te limit:</source>
        <translation>Ra&amp;tenbegrenzung:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="155"/>
        <source>Scopes cannot be changed; create a new key instead</source>
        <translation>Berechtigungen können nicht geändert werden; erstellen Sie stattdessen einen neuen Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="166"/>
        <source>Expiration</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="170"/>
        <source>Keep (%1)</source>
        <translation>Beibehalten (%1)</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="173"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="174"/>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="178"/>
        <source>Expiration date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="186"/>
        <source>&amp;Expires:</source>
        <translation>Ab&amp;lauf:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="207"/>
        <source>Working</source>
        <translation>Wird bearbeitet</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="212"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="212"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="247"/>
        <source>The user list could not be loaded: %1</source>
        <translation>Die Benutzerliste konnte nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CreateKeyDialog.cpp" line="276"/>
        <source>Longer than this tenant allows (%n day(s))</source>
        <translation>
            <numerusform>Länger als von diesem Mandanten erlaubt (%n Tag)</numerusform>
            <numerusform>Länger als von diesem Mandanten erlaubt (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="294"/>
        <source>This key has expired; its expiry cannot be changed.</source>
        <translation>Dieser Schlüssel ist abgelaufen; sein Ablauf kann nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="296"/>
        <location filename="../ui/CreateKeyDialog.cpp" line="299"/>
        <source>Expires on %1.</source>
        <translation>Läuft am %1 ab.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CreateKeyDialog.cpp" line="301"/>
        <location filename="../ui/CreateKeyDialog.cpp" line="349"/>
        <location filename="../ui/CreateKeyDialog.cpp" line="354"/>
        <source>This tenant allows keys to live at most %n day(s).</source>
        <translation>
            <numerusform>Dieser Mandant erlaubt Schlüssel mit einer Laufzeit von höchstens %n Tag.</numerusform>
            <numerusform>Dieser Mandant erlaubt Schlüssel mit einer Laufzeit von höchstens %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="331"/>
        <source>Enter a name for the key.</source>
        <translation>Geben Sie einen Namen für den Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="343"/>
        <source>The expiry date must be in the future: choose tomorrow or later.</source>
        <translation>Das Ablaufdatum muss in der Zukunft liegen: Wählen Sie morgen oder ein späteres Datum.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="366"/>
        <source>Choose at least one scope.</source>
        <translation>Wählen Sie mindestens eine Berechtigung.</translation>
    </message>
</context>
<context>
    <name>Keyward::Endpoint</name>
    <message>
        <location filename="../core/Endpoints.h" line="39"/>
        <source>The server&apos;s answer could not be read</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Keyward::GracePeriodDialog</name>
    <message>
        <location filename="../ui/GracePeriodDialog.cpp" line="14"/>
        <source>Stop working at once</source>
        <translation>Sofort nicht mehr funktionieren</translation>
    </message>
    <message>
        <location filename="../ui/GracePeriodDialog.cpp" line="15"/>
        <source>Keep working for 1 hour</source>
        <translation>Noch 1 Stunde funktionieren</translation>
    </message>
    <message>
        <location filename="../ui/GracePeriodDialog.cpp" line="16"/>
        <source>Keep working for 24 hours</source>
        <translation>Noch 24 Stunden funktionieren</translation>
    </message>
    <message>
        <location filename="../ui/GracePeriodDialog.cpp" line="17"/>
        <source>Keep working for 7 days</source>
        <translation>Noch 7 Tage funktionieren</translation>
    </message>
</context>
<context>
    <name>Keyward::KeyCommands</name>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="90"/>
        <source>&amp;New key…</source>
        <translation>&amp;Neuer Schlüssel…</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="91"/>
        <source>Create a new API key (%1)</source>
        <translation>Einen neuen API-Schlüssel anlegen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="92"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="95"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="96"/>
        <source>Revoke the selected keys: they stop working at once</source>
        <translation>Die ausgewählten Schlüssel widerrufen: Sie funktionieren sofort nicht mehr</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="97"/>
        <source>Re-&amp;activate</source>
        <translation>Re&amp;aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="98"/>
        <source>R&amp;otate…</source>
        <translation>R&amp;otieren…</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="99"/>
        <source>Issue a new secret for the key</source>
        <translation>Ein neues Geheimnis für den Schlüssel ausstellen</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="100"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="103"/>
        <source>&amp;Copy key id</source>
        <translation>Schlüssel-ID &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="125"/>
        <source>Created the key “%1”</source>
        <translation>Schlüssel „%1“ angelegt</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="127"/>
        <source>Created the key “%1” for %2</source>
        <translation>Schlüssel „%1“ für %2 angelegt</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="132"/>
        <source>Saved the key “%1”</source>
        <translation>Schlüssel „%1“ gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="165"/>
        <source>This key has expired and cannot be re-activated</source>
        <translation>Dieser Schlüssel ist abgelaufen und kann nicht reaktiviert werden</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="167"/>
        <source>Make revoked keys work again (not once they have expired)</source>
        <translation>Widerrufene Schlüssel wieder verwenden (nicht nach ihrem Ablauf)</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="185"/>
        <source>• “%1”</source>
        <translation>• „%1“</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="187"/>
        <source>• “%1” of %2</source>
        <translation>• „%1“ von %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="190"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="204"/>
        <source>It was last used at %1, within the last hour: a service may still depend on it.</source>
        <translation>Er wurde zuletzt um %1 verwendet, innerhalb der letzten Stunde: Ein Dienst könnte noch auf ihn angewiesen sein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="208"/>
        <source>%n of them were used within the last hour: services may still depend on them.</source>
        <translation>
            <numerusform>%n davon wurde innerhalb der letzten Stunde verwendet: Dienste könnten noch darauf angewiesen sein.</numerusform>
            <numerusform>%n davon wurden innerhalb der letzten Stunde verwendet: Dienste könnten noch darauf angewiesen sein.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="232"/>
        <source>Revoke “%1”? It stops working at once. It can be re-activated until it expires.</source>
        <translation>„%1“ widerrufen? Er funktioniert sofort nicht mehr. Bis zu seinem Ablauf kann er reaktiviert werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="233"/>
        <source>Revoke these %n keys? They stop working at once. They can be re-activated until they expire.</source>
        <translation>
            <numerusform>Diesen %n Schlüssel widerrufen? Er funktioniert sofort nicht mehr. Bis zu seinem Ablauf kann er reaktiviert werden.</numerusform>
            <numerusform>Diese %n Schlüssel widerrufen? Sie funktionieren sofort nicht mehr. Bis zu ihrem Ablauf können sie reaktiviert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="237"/>
        <source>Revoke API keys</source>
        <translation>
            <numerusform>API-Schlüssel widerrufen</numerusform>
            <numerusform>API-Schlüssel widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="238"/>
        <source>Revoke %n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel widerrufen</numerusform>
            <numerusform>%n Schlüssel widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="255"/>
        <source>Delete “%1” for good? It stops working at once and cannot be restored.</source>
        <translation>„%1“ endgültig löschen? Er funktioniert sofort nicht mehr und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="256"/>
        <source>Delete these %n keys for good? They stop working at once and cannot be restored.</source>
        <translation>
            <numerusform>Diesen %n Schlüssel endgültig löschen? Er funktioniert sofort nicht mehr und kann nicht wiederhergestellt werden.</numerusform>
            <numerusform>Diese %n Schlüssel endgültig löschen? Sie funktionieren sofort nicht mehr und können nicht wiederhergestellt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="260"/>
        <source>Delete API keys</source>
        <translation>
            <numerusform>API-Schlüssel löschen</numerusform>
            <numerusform>API-Schlüssel löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="261"/>
        <source>Delete %n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel löschen</numerusform>
            <numerusform>%n Schlüssel löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="272"/>
        <source>Rotate API key</source>
        <translation>API-Schlüssel rotieren</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="273"/>
        <source>Rotating “%1” issues a new secret, shown once.
The current secret should:</source>
        <translation>Das Rotieren von „%1“ stellt ein neues Geheimnis aus, das einmal angezeigt wird.
Das aktuelle Geheimnis soll:</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="274"/>
        <source>Rotate</source>
        <translation>Rotieren</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="290"/>
        <source>New secret issued; the previous one no longer works</source>
        <translation>Neues Geheimnis ausgestellt; das bisherige funktioniert nicht mehr</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="292"/>
        <source>New secret issued; the previous one works until %1</source>
        <translation>Neues Geheimnis ausgestellt; das bisherige funktioniert bis %1</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="305"/>
        <source>Copied the key id %1</source>
        <translation>Schlüssel-ID %1 kopiert</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="381"/>
        <source>Revoked the key “%1”</source>
        <translation>Schlüssel „%1“ widerrufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="382"/>
        <source>Revoked %n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel widerrufen</numerusform>
            <numerusform>%n Schlüssel widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="385"/>
        <source>Re-activated the key “%1”</source>
        <translation>Schlüssel „%1“ reaktiviert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="386"/>
        <source>Re-activated %n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel reaktiviert</numerusform>
            <numerusform>%n Schlüssel reaktiviert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="389"/>
        <source>Deleted the key “%1”</source>
        <translation>Schlüssel „%1“ gelöscht</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="390"/>
        <source>Deleted %n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel gelöscht</numerusform>
            <numerusform>%n Schlüssel gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="398"/>
        <source>%1; %n failed: %2</source>
        <translation>
            <numerusform>%1; %n fehlgeschlagen: %2</numerusform>
            <numerusform>%1; %n fehlgeschlagen: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::KeyDetailsPane</name>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="43"/>
        <source>Key details</source>
        <translation>Schlüsseldetails</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="44"/>
        <source>Select a key to see its details.</source>
        <translation>Wählen Sie einen Schlüssel, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="56"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="57"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="58"/>
        <source>Key id:</source>
        <translation>Schlüssel-ID:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="59"/>
        <source>Prefix:</source>
        <translation>Präfix:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="60"/>
        <source>Owner:</source>
        <translation>Besitzer:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="61"/>
        <source>Created by:</source>
        <translation>Angelegt von:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="62"/>
        <source>Scopes:</source>
        <translation>Berechtigungen:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="63"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="64"/>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="65"/>
        <source>Changed:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="66"/>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="67"/>
        <source>Last used:</source>
        <translation>Zuletzt verwendet:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="68"/>
        <source>Rate limit:</source>
        <translation>Ratenbegrenzung:</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="71"/>
        <source>Copy as &amp;environment</source>
        <translation>Als &amp;Umgebungsvariablen kopieren</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="73"/>
        <source>Copy the key id and prefix as KEYWARD_KEY_ID and KEYWARD_KEY_PREFIX</source>
        <translation>Schlüssel-ID und Präfix als KEYWARD_KEY_ID und KEYWARD_KEY_PREFIX kopieren</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="74"/>
        <source>Copy as c&amp;url</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="76"/>
        <source>Copy a curl command that shows this key (with your token from $KEYWARD_TOKEN)</source>
        <translation>Einen curl-Befehl kopieren, der diesen Schlüssel anzeigt (mit Ihrem Token aus $KEYWARD_TOKEN)</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="84"/>
        <source>Copied the key id and prefix as environment variables</source>
        <translation>Schlüssel-ID und Präfix als Umgebungsvariablen kopiert</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="88"/>
        <source>Copied a curl command for the key</source>
        <translation>curl-Befehl für den Schlüssel kopiert</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="94"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="103"/>
        <source>History of the key</source>
        <translation>Verlauf des Schlüssels</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="163"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="179"/>
        <source>Leaked: found in public at %1 on %2 and revoked for good. Replace it with a new key</source>
        <translation>Geleakt: am %2 öffentlich unter %1 gefunden und endgültig widerrufen. Ersetzen Sie ihn durch einen neuen Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="182"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="184"/>
        <source>Revoked: it does not work until it is re-activated</source>
        <translation>Widerrufen: Er funktioniert erst wieder, wenn er reaktiviert wird</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="185"/>
        <source>Expired: it no longer works and cannot be re-activated</source>
        <translation>Abgelaufen: Er funktioniert nicht mehr und kann nicht reaktiviert werden</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="188"/>
        <location filename="../ui/KeyDetailsPane.cpp" line="190"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="194"/>
        <source>%1, from %2</source>
        <translation>%1, von %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyDetailsPane.cpp" line="195"/>
        <source>%n request(s) per minute</source>
        <translation>
            <numerusform>%n Anfrage pro Minute</numerusform>
            <numerusform>%n Anfragen pro Minute</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="195"/>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
</context>
<context>
    <name>Keyward::KeyStatusCombo</name>
    <message>
        <location filename="../ui/KeyStatusCombo.cpp" line="9"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location filename="../ui/KeyStatusCombo.cpp" line="10"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/KeyStatusCombo.cpp" line="11"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/KeyStatusCombo.cpp" line="12"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/KeyStatusCombo.cpp" line="13"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/KeyStatusCombo.cpp" line="14"/>
        <source>Leaked</source>
        <translation>Geleakt</translation>
    </message>
</context>
<context>
    <name>Keyward::KeyTableView</name>
    <message>
        <location filename="../ui/KeyTableView.cpp" line="189"/>
        <source>Default columns</source>
        <translation>Standardspalten</translation>
    </message>
</context>
<context>
    <name>Keyward::LoginDialog</name>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="31"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="39"/>
        <source>&amp;Recovery code:</source>
        <translation>Wiederherstellungs&amp;code:</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="39"/>
        <source>&amp;Authenticator code:</source>
        <translation>Authenticator-&amp;Code:</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="41"/>
        <source>xxxx-xxxx-xxxx-xxxx</source>
        <translation>xxxx-xxxx-xxxx-xxxx</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="41"/>
        <source>6-digit code</source>
        <translation>6-stelliger Code</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="46"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="85"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="85"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="133"/>
        <source>Enter the server&apos;s address, e.g. http://127.0.0.1:8421</source>
        <translation>Geben Sie die Adresse des Servers ein, z. B. http://127.0.0.1:8421</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="143"/>
        <source>Paste your authentication key.</source>
        <translation>Fügen Sie Ihren Authentifizierungsschlüssel ein.</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="150"/>
        <source>Enter your e-mail and password.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>Keyward::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>Working</source>
        <translation>Wird bearbeitet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <source>About Keyward</source>
        <translation>Über Keyward</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source>&lt;b&gt;Keyward&lt;/b&gt; %1&lt;br&gt;API-key management console.</source>
        <translation>&lt;b&gt;Keyward&lt;/b&gt; %1&lt;br&gt;Konsole zur Verwaltung von API-Schlüsseln.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>Your session has ended (%1). Please sign in again.</source>
        <translation>Ihre Sitzung wurde beendet (%1). Bitte melden Sie sich erneut an.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>Clipboard cleared</source>
        <translation>Zwischenablage geleert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192"/>
        <source>Your session ends at %1. It was opened with a key and cannot be renewed: sign in again to go on.</source>
        <translation>Ihre Sitzung endet um %1. Sie wurde mit einem Schlüssel geöffnet und kann nicht erneuert werden: Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>Sign in now</source>
        <translation>Jetzt anmelden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <source>Sign in again to go on working.</source>
        <translation>Melden Sie sich erneut an, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="234"/>
        <source>Keyward</source>
        <translation>Keyward</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>Signed in with a recovery code: %n left. Make new ones on the Profile page.</source>
        <translation>
            <numerusform>Mit einem Wiederherstellungscode angemeldet: noch %n übrig. Erzeugen Sie neue auf der Seite „Profil“.</numerusform>
            <numerusform>Mit einem Wiederherstellungscode angemeldet: noch %n übrig. Erzeugen Sie neue auf der Seite „Profil“.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="292"/>
        <source>Keyward — %1 (%2) on %3</source>
        <translation>Keyward — %1 (%2) auf %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="363"/>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="383"/>
        <source>You have signed out.</source>
        <translation>Sie haben sich abgemeldet.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="401"/>
        <source>No keychain: you stay signed in only until the console closes</source>
        <translation>Kein Schlüsselbund: Sie bleiben nur angemeldet, bis die Konsole geschlossen wird</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="427"/>
        <source>The server&apos;s database is unavailable. Retrying…</source>
        <translation>Die Datenbank des Servers ist nicht verfügbar. Erneuter Versuch…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="429"/>
        <source>%1 answers, but its database does not. Retrying every %n second(s).</source>
        <translation>
            <numerusform>%1 antwortet, seine Datenbank aber nicht. Erneuter Versuch im Abstand von %n Sekunde.</numerusform>
            <numerusform>%1 antwortet, seine Datenbank aber nicht. Erneuter Versuch alle %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="432"/>
        <source>Offline. Retrying…</source>
        <translation>Offline. Erneuter Versuch…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="434"/>
        <source>Cannot reach %1 (%2). Retrying every %n second(s).</source>
        <translation>
            <numerusform>%1 ist nicht erreichbar (%2). Erneuter Versuch im Abstand von %n Sekunde.</numerusform>
            <numerusform>%1 ist nicht erreichbar (%2). Erneuter Versuch alle %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="450"/>
        <source>Connected again</source>
        <translation>Wieder verbunden</translation>
    </message>
</context>
<context>
    <name>Keyward::MessageWidget</name>
    <message>
        <location filename="../ui/MessageWidget.cpp" line="63"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/MessageWidget.cpp" line="63"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/MessageWidget.cpp" line="63"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>Keyward::NewUserDialog</name>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="20"/>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="24"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="25"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="28"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="29"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="34"/>
        <source>User: their own keys. Support: reads every key and the audit log. Admin: manages users, the tenant and every key.</source>
        <translation>Benutzer: die eigenen Schlüssel. Support: liest alle Schlüssel und das Protokoll. Admin: verwaltet Benutzer, den Mandanten und alle Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="36"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="40"/>
        <source>Initial &amp;password:</source>
        <translation>Erstes &amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="44"/>
        <source>&amp;Confirm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="49"/>
        <source>Create user</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="65"/>
        <source>Enter the user&apos;s e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse des Benutzers ein.</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="70"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>Keyward::PasswordTab</name>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="45"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PasswordTab.cpp" line="47"/>
        <source>Changing your password signs out your other sessions. The new password needs at least %n characters and must not be easy to guess.</source>
        <translation>
            <numerusform>Wenn Sie Ihr Passwort ändern, werden Ihre anderen Sitzungen abgemeldet. Das neue Passwort muss mindestens %n Zeichen lang sein und darf nicht leicht zu erraten sein.</numerusform>
            <numerusform>Wenn Sie Ihr Passwort ändern, werden Ihre anderen Sitzungen abgemeldet. Das neue Passwort muss mindestens %n Zeichen lang sein und darf nicht leicht zu erraten sein.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="94"/>
        <location filename="../ui/PasswordTab.cpp" line="95"/>
        <location filename="../ui/PasswordTab.cpp" line="99"/>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="99"/>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="108"/>
        <source>very weak</source>
        <translation>sehr schwach</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="110"/>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="112"/>
        <source>fair</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="114"/>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="118"/>
        <source>very strong</source>
        <translation>sehr stark</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PasswordTab.cpp" line="124"/>
        <source>The new password needs at least %n characters.</source>
        <translation>
            <numerusform>Das neue Passwort muss mindestens %n Zeichen lang sein.</numerusform>
            <numerusform>Das neue Passwort muss mindestens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PasswordTab.cpp" line="126"/>
        <source>The new password may have at most %n characters.</source>
        <translation>
            <numerusform>Das neue Passwort darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Das neue Passwort darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="128"/>
        <source>The new password is too easy to guess (strength %1 of %2; %3 is needed). Avoid common words, names, dates, keyboard patterns and your e-mail address; a few unrelated words work well.</source>
        <translation>Das neue Passwort ist zu leicht zu erraten (Stärke %1 von %2; nötig ist %3). Vermeiden Sie gängige Wörter, Namen, Daten, Tastaturmuster und Ihre E-Mail-Adresse; einige Wörter ohne Zusammenhang eignen sich gut.</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="152"/>
        <source>%1 (%2 of %3)</source>
        <comment>strength word, score, highest score</comment>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="163"/>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="200"/>
        <source>Your account has two-factor authentication, so changing the password also needs a code from your authenticator app.</source>
        <translation>Ihr Konto nutzt die Zwei-Faktor-Authentifizierung. Zum Ändern des Passworts ist daher auch ein Code aus Ihrer Authenticator-App nötig.</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="213"/>
        <source>Your password has been changed; your other sessions have been signed out.</source>
        <translation>Ihr Passwort wurde geändert; Ihre anderen Sitzungen wurden abgemeldet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PasswordTab.cpp" line="218"/>
        <source>%n API key(s) revoked and your authentication key deleted.</source>
        <translation>
            <numerusform>%n API-Schlüssel widerrufen und Ihr Authentifizierungsschlüssel gelöscht.</numerusform>
            <numerusform>%n API-Schlüssel widerrufen und Ihr Authentifizierungsschlüssel gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PasswordTab.cpp" line="220"/>
        <source>%n API key(s) revoked; you had no authentication key.</source>
        <translation>
            <numerusform>%n API-Schlüssel widerrufen; Sie hatten keinen Authentifizierungsschlüssel.</numerusform>
            <numerusform>%n API-Schlüssel widerrufen; Sie hatten keinen Authentifizierungsschlüssel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::ProfileTab</name>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="18"/>
        <source>Administrator: manages the tenant&apos;s users and keys</source>
        <translation>Administrator: verwaltet die Benutzer und Schlüssel des Mandanten</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="20"/>
        <source>Support: sees the tenant&apos;s keys and audit log</source>
        <translation>Support: sieht die Schlüssel und das Audit-Protokoll des Mandanten</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="24"/>
        <source>User: manages own keys</source>
        <translation>Benutzer: verwaltet eigene Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="34"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="86"/>
        <source>On: signing in also asks for a code from your authenticator app.</source>
        <translation>Ein: Bei der Anmeldung wird zusätzlich ein Code aus Ihrer Authenticator-App abgefragt.</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="87"/>
        <source>Off: signing in needs only your password.</source>
        <translation>Aus: Für die Anmeldung genügt Ihr Passwort.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ProfileTab.cpp" line="91"/>
        <source>%n recovery code(s) left for signing in without it.</source>
        <translation>
            <numerusform>Noch %n Wiederherstellungscode für die Anmeldung ohne sie übrig.</numerusform>
            <numerusform>Noch %n Wiederherstellungscodes für die Anmeldung ohne sie übrig.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="92"/>
        <source>No recovery codes left: make new ones before you lose the authenticator.</source>
        <translation>Keine Wiederherstellungscodes mehr übrig: Erzeugen Sie neue, bevor Sie den Authenticator verlieren.</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="124"/>
        <source>Your name is now “%1”.</source>
        <translation>Ihr Name lautet jetzt „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="149"/>
        <source>Whoever holds the authenticator app holds your account, so turning on two-factor authentication needs a fresh proof that it is you.</source>
        <translation>Wer die Authenticator-App besitzt, hat Ihr Konto in der Hand. Um die Zwei-Faktor-Authentifizierung zu aktivieren, müssen Sie daher erneut bestätigen, dass Sie es sind.</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="180"/>
        <source>New recovery codes made; the old ones no longer work.</source>
        <translation>Neue Wiederherstellungscodes erzeugt; die alten funktionieren nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="184"/>
        <source>Recovery codes sign in without the authenticator, so making new ones needs a fresh proof that it is you.</source>
        <translation>Wiederherstellungscodes melden ohne den Authenticator an. Um neue zu erzeugen, müssen Sie daher erneut bestätigen, dass Sie es sind.</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="210"/>
        <source>Two-factor authentication is on.</source>
        <translation>Die Zwei-Faktor-Authentifizierung ist aktiviert.</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="210"/>
        <source>Two-factor authentication is off.</source>
        <translation>Die Zwei-Faktor-Authentifizierung ist deaktiviert.</translation>
    </message>
</context>
<context>
    <name>Keyward::RecoveryCodesDialog</name>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="25"/>
        <source>Your recovery codes</source>
        <translation>Ihre Wiederherstellungscodes</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="27"/>
        <source>If you lose your authenticator, each of these codes signs you in &lt;b&gt;once&lt;/b&gt; in place of its code. They are shown &lt;b&gt;only this once&lt;/b&gt;: copy or save them now and keep them somewhere safe, apart from your password.</source>
        <translation>Falls Sie Ihren Authenticator verlieren, meldet Sie jeder dieser Codes &lt;b&gt;einmal&lt;/b&gt; anstelle des Authenticator-Codes an. Sie werden &lt;b&gt;nur dieses eine Mal&lt;/b&gt; angezeigt: Kopieren oder speichern Sie sie jetzt und bewahren Sie sie sicher auf, getrennt von Ihrem Passwort.</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="38"/>
        <source>Recovery codes</source>
        <translation>Wiederherstellungscodes</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="43"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RecoveryCodesDialog.cpp" line="46"/>
        <source>Copy the codes to the clipboard; it is cleared after %n second(s)</source>
        <translation>
            <numerusform>Die Codes in die Zwischenablage kopieren; sie wird nach %n Sekunde geleert</numerusform>
            <numerusform>Die Codes in die Zwischenablage kopieren; sie wird nach %n Sekunden geleert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="49"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="51"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="21"/>
        <source>I have stored the codes somewhere safe</source>
        <translation>Ich habe die Codes sicher aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="74"/>
        <source>Save the recovery codes</source>
        <translation>Wiederherstellungscodes speichern</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="77"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="84"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="87"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="88"/>
        <source>The codes could not be saved: %1</source>
        <translation>Die Codes konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="106"/>
        <source>Keyward recovery codes. Each signs in once in place of the authenticator&apos;s code.</source>
        <translation>Keyward-Wiederherstellungscodes. Jeder meldet einmal anstelle des Authenticator-Codes an.</translation>
    </message>
</context>
<context>
    <name>Keyward::SecretDialog</name>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="23"/>
        <source>Your new API key</source>
        <translation>Ihr neuer API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="26"/>
        <source>This is the secret of &lt;b&gt;%1&lt;/b&gt;. It is shown &lt;b&gt;only this once&lt;/b&gt;: copy it now and keep it somewhere safe, such as a password manager. Keyward cannot show it again.</source>
        <translation>Dies ist das Geheimnis von &lt;b&gt;%1&lt;/b&gt;. Es wird &lt;b&gt;nur dieses eine Mal&lt;/b&gt; angezeigt: Kopieren Sie es jetzt und bewahren Sie es sicher auf, etwa in einem Passwort-Manager. Keyward kann es nicht noch einmal anzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="37"/>
        <source>API key secret</source>
        <translation>Geheimnis des API-Schlüssels</translation>
    </message>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="41"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="43"/>
        <source>Copy key</source>
        <translation>Schlüssel kopieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SecretDialog.cpp" line="45"/>
        <source>Copy the key to the clipboard; it is cleared after %n second(s)</source>
        <translation>
            <numerusform>Den Schlüssel in die Zwischenablage kopieren; sie wird nach %n Sekunde geleert</numerusform>
            <numerusform>Den Schlüssel in die Zwischenablage kopieren; sie wird nach %n Sekunden geleert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="48"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="19"/>
        <source>I have stored the key somewhere safe</source>
        <translation>Ich habe den Schlüssel sicher aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="54"/>
        <source>Also keep it in the system &amp;keychain</source>
        <translation>Zusätzlich im &amp;Schlüsselbund des Systems aufbewahren</translation>
    </message>
</context>
<context>
    <name>Keyward::StepUpDialog</name>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="24"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="75"/>
        <source>Enter your password and the current code from your authenticator app to continue.</source>
        <translation>Geben Sie zum Fortfahren Ihr Passwort und den aktuellen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="77"/>
        <source>Enter the current code from your authenticator app to continue.</source>
        <translation>Geben Sie zum Fortfahren den aktuellen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="79"/>
        <source>Enter your password to continue.</source>
        <translation>Geben Sie zum Fortfahren Ihr Passwort ein.</translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="139"/>
        <source>You can try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StepUpDialog.cpp" line="141"/>
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="152"/>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="156"/>
        <source>Enter the %1-digit code from your authenticator app.</source>
        <translation>Geben Sie den %1-stelligen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
</context>
<context>
    <name>Keyward::TenantKeysTab</name>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="84"/>
        <source>Tenant Keys</source>
        <translation>Mandantenschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="95"/>
        <source>User filter</source>
        <translation>Benutzerfilter</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="97"/>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="107"/>
        <source>Search name, description, prefix, owner or key id…</source>
        <translation>Name, Beschreibung, Präfix, Inhaber oder Schlüssel-ID suchen…</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="108"/>
        <source>Search keys</source>
        <translation>Schlüssel suchen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="118"/>
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Läuft innerhalb von %n Tag ab</numerusform>
            <numerusform>Läuft innerhalb von %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="127"/>
        <source>Loading keys</source>
        <translation>Schlüssel werden geladen</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="134"/>
        <location filename="../ui/TenantKeysTab.cpp" line="135"/>
        <source>Stop loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="142"/>
        <source>API keys of the tenant</source>
        <translation>API-Schlüssel des Mandanten</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="162"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="170"/>
        <source>Key actions</source>
        <translation>Schlüsselaktionen</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="181"/>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="186"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="159"/>
        <source>E&amp;xport CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="161"/>
        <source>Save the keys shown as a CSV file</source>
        <translation>Die angezeigten Schlüssel als CSV-Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="272"/>
        <source>The user list could not be loaded: %1</source>
        <translation>Die Benutzerliste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="322"/>
        <location filename="../ui/TenantKeysTab.cpp" line="323"/>
        <source>Loading keys…</source>
        <translation>Schlüssel werden geladen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="219"/>
        <source>Loaded %n key(s)…</source>
        <translation>
            <numerusform>%n Schlüssel geladen…</numerusform>
            <numerusform>%n Schlüssel geladen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="199"/>
        <source>Show them</source>
        <translation>Anzeigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="221"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="227"/>
        <source>Loading stopped after %n key(s): %1</source>
        <translation>
            <numerusform>Laden nach %n Schlüssel abgebrochen: %1</numerusform>
            <numerusform>Laden nach %n Schlüsseln abgebrochen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="343"/>
        <source>%n active key(s) of the tenant expire within %1 days.</source>
        <translation>
            <numerusform>%n aktiver Schlüssel des Mandanten läuft innerhalb von %1 Tagen ab.</numerusform>
            <numerusform>%n aktive Schlüssel des Mandanten laufen innerhalb von %1 Tagen ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="344"/>
        <source>More than %n active keys of the tenant expire within %1 days.</source>
        <translation>
            <numerusform>Mehr als %n aktiver Schlüssel des Mandanten läuft innerhalb von %1 Tagen ab.</numerusform>
            <numerusform>Mehr als %n aktive Schlüssel des Mandanten laufen innerhalb von %1 Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="355"/>
        <source>No key matches the filters.</source>
        <translation>Kein Schlüssel passt zu den Filtern.</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="355"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="357"/>
        <location filename="../ui/TenantKeysTab.cpp" line="359"/>
        <source>This tenant has no keys yet.</source>
        <translation>Dieser Mandant hat noch keine Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="357"/>
        <source>Create the first key</source>
        <translation>Ersten Schlüssel anlegen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="371"/>
        <source>Stopped after %n key(s)</source>
        <translation>
            <numerusform>Nach %n Schlüssel abgebrochen</numerusform>
            <numerusform>Nach %n Schlüsseln abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="440"/>
        <source>Export API keys</source>
        <translation>API-Schlüssel exportieren</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="441"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="448"/>
        <source>Exported %n key(s) to %1</source>
        <translation>
            <numerusform>%n Schlüssel nach %1 exportiert</numerusform>
            <numerusform>%n Schlüssel nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="459"/>
        <location filename="../ui/TenantKeysTab.cpp" line="494"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Keyward::TotpDialog</name>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="50"/>
        <source>Enable two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="51"/>
        <source>Scan this QR code with your authenticator app (for example FreeOTP, Aegis or Google Authenticator), then enter the 6-digit code it shows. Until you confirm, signing in works as before.</source>
        <translation>Scannen Sie diesen QR-Code mit Ihrer Authenticator-App (zum Beispiel FreeOTP, Aegis oder Google Authenticator) und geben Sie dann den angezeigten 6-stelligen Code ein. Bis Sie bestätigen, funktioniert die Anmeldung wie bisher.</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="60"/>
        <source>QR code for your authenticator app</source>
        <translation>QR-Code für Ihre Authenticator-App</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="63"/>
        <source>The QR code could not be drawn; enter the secret below by hand.</source>
        <translation>Der QR-Code konnte nicht gezeichnet werden; geben Sie das Geheimnis unten manuell ein.</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="75"/>
        <source>Secret for manual entry</source>
        <translation>Geheimnis zur manuellen Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="76"/>
        <source>If you cannot scan the code: a time-based key (SHA-1, 6 digits, 30 seconds)</source>
        <translation>Falls Sie den Code nicht scannen können: ein zeitbasierter Schlüssel (SHA-1, 6 Ziffern, 30 Sekunden)</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="77"/>
        <source>Or enter this &amp;key:</source>
        <translation>Oder diesen &amp;Schlüssel eingeben:</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="83"/>
        <source>Disable two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="84"/>
        <source>Enter the current code from your authenticator app. Afterwards signing in needs only your password.</source>
        <translation>Geben Sie den aktuellen Code aus Ihrer Authenticator-App ein. Danach genügt für die Anmeldung Ihr Passwort.</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="96"/>
        <source>Authenticator code</source>
        <translation>Authenticator-Code</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="97"/>
        <source>&amp;Code from the app:</source>
        <translation>&amp;Code aus der App:</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="109"/>
        <source>Turn on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="109"/>
        <source>Turn off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="148"/>
        <source>Enter the %1-digit code from your authenticator app.</source>
        <translation>Geben Sie den %1-stelligen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="164"/>
        <source>Turning off two-factor authentication needs a fresh proof that it is you.</source>
        <translation>Um die Zwei-Faktor-Authentifizierung zu deaktivieren, müssen Sie erneut bestätigen, dass Sie es sind.</translation>
    </message>
</context>
<context>
    <name>Keyward::UserModel</name>
    <message>
        <location filename="../ui/UserModel.cpp" line="23"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="25"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="27"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="51"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="51"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="53"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="53"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="70"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="72"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="74"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="76"/>
        <source>Two-factor</source>
        <translation>Zwei-Faktor</translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="78"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="80"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>Keyward::UserPicker</name>
    <message>
        <location filename="../ui/UserPicker.cpp" line="21"/>
        <source>%1 (%2)</source>
        <comment>e-mail (name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/UserPicker.cpp" line="23"/>
        <source>%1 — disabled</source>
        <translation>%1 — deaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/UserPicker.cpp" line="29"/>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <location filename="../ui/UserPicker.cpp" line="40"/>
        <source>Type to search…</source>
        <translation>Tippen zum Suchen…</translation>
    </message>
</context>
<context>
    <name>Keyward::UsersTab</name>
    <message>
        <location filename="../ui/UsersTab.cpp" line="59"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="72"/>
        <source>Search by e-mail, name or role…</source>
        <translation>Nach E-Mail, Name oder Rolle suchen…</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="73"/>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="80"/>
        <source>Users of the tenant</source>
        <translation>Benutzer des Mandanten</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="88"/>
        <source>No user matches “%1”.</source>
        <translation>Kein Benutzer passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="88"/>
        <source>Clear search</source>
        <translation>Suche zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="107"/>
        <source>User actions</source>
        <translation>Benutzeraktionen</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="113"/>
        <source>Tenant settings</source>
        <translation>Mandanteneinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="119"/>
        <source>No maximum</source>
        <translation>Kein Maximum</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="120"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="121"/>
        <source>No key of the tenant may be made to live longer than this; 0: no maximum</source>
        <translation>Kein Schlüssel des Mandanten darf länger gültig sein; 0: kein Maximum</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="122"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="129"/>
        <source>Maximum key &amp;lifetime:</source>
        <translation>Maximale Schlüssel&amp;lebensdauer:</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="134"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="135"/>
        <source>Days before a key expires that the tenant&apos;s webhooks get a key.expiring notice, e.g. 30, 7, 1 (at most %1 values)</source>
        <translation>Tage vor dem Ablauf eines Schlüssels, an denen die Webhooks des Mandanten eine key.expiring-Meldung erhalten, z. B. 30, 7, 1 (höchstens %1 Werte)</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="141"/>
        <source>E&amp;xpiry notices (days before):</source>
        <translation>A&amp;blaufhinweise (Tage vorher):</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="171"/>
        <source>&amp;New user…</source>
        <translation>&amp;Neuer Benutzer…</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="172"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="173"/>
        <source>Show &amp;keys</source>
        <translation>&amp;Schlüssel zeigen</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="175"/>
        <source>List the user&apos;s keys on Tenant Keys</source>
        <translation>Die Schlüssel des Benutzers unter Mandantenschlüssel anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="176"/>
        <source>Change &amp;role…</source>
        <translation>&amp;Rolle ändern…</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="179"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="180"/>
        <source>The user can no longer sign in, and their keys stop working</source>
        <translation>Der Benutzer kann sich nicht mehr anmelden, und seine Schlüssel funktionieren nicht mehr</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="181"/>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="182"/>
        <source>Reset &amp;two-factor…</source>
        <translation>&amp;Zwei-Faktor zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="184"/>
        <source>Turn off the user&apos;s second factor, for a lost authenticator</source>
        <translation>Den zweiten Faktor des Benutzers abschalten, bei verlorenem Authenticator</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="323"/>
        <source>Created the user %1</source>
        <translation>Benutzer %1 angelegt</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="341"/>
        <location filename="../ui/UsersTab.cpp" line="346"/>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="342"/>
        <source>Role of %1:</source>
        <translation>Rolle von %1:</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="356"/>
        <source>%1 is now %2</source>
        <translation>%1 ist jetzt %2</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="372"/>
        <source>Disabled %1</source>
        <translation>%1 deaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="372"/>
        <source>Enabled %1</source>
        <translation>%1 aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="379"/>
        <source>Disable user</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="380"/>
        <source>Disable %1? They can no longer sign in, and their keys stop working until they are enabled again.</source>
        <translation>%1 deaktivieren? Er kann sich nicht mehr anmelden, und seine Schlüssel funktionieren erst wieder, wenn er aktiviert wird.</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="383"/>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="392"/>
        <location filename="../ui/UsersTab.cpp" line="396"/>
        <source>Reset two-factor</source>
        <translation>Zwei-Faktor zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="393"/>
        <source>Turn off the second factor of %1? They sign in with their password alone until they enrol again.</source>
        <translation>Den zweiten Faktor von %1 abschalten? Bis zur erneuten Einrichtung genügt das Passwort zur Anmeldung.</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="398"/>
        <source>Reset the second factor of %1</source>
        <translation>Zweiten Faktor von %1 zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="427"/>
        <source>Saved: no expiry notices.</source>
        <translation>Gespeichert: keine Ablaufhinweise.</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="428"/>
        <source>Saved: expiry notices go out %1 days before a key expires.</source>
        <translation>Gespeichert: Ablaufhinweise gehen %1 Tage vor dem Ablauf eines Schlüssels hinaus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/UsersTab.cpp" line="433"/>
        <source>Saved: keys live at most %n day(s).</source>
        <translation>
            <numerusform>Gespeichert: Schlüssel gelten höchstens %n Tag.</numerusform>
            <numerusform>Gespeichert: Schlüssel gelten höchstens %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="434"/>
        <source>Saved: keys may live as long as their owners choose.</source>
        <translation>Gespeichert: Schlüssel gelten so lange, wie ihre Besitzer wählen.</translation>
    </message>
</context>
<context>
    <name>Keyward::WebhookAttemptModel</name>
    <message>
        <location filename="../ui/WebhookAttemptModel.cpp" line="31"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../ui/WebhookAttemptModel.cpp" line="32"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location filename="../ui/WebhookAttemptModel.cpp" line="54"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/WebhookAttemptModel.cpp" line="67"/>
        <source>Attempted</source>
        <translation>Versucht</translation>
    </message>
    <message>
        <location filename="../ui/WebhookAttemptModel.cpp" line="69"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/WebhookAttemptModel.cpp" line="71"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/WebhookAttemptModel.cpp" line="73"/>
        <source>Next retry</source>
        <translation>Nächster Versuch</translation>
    </message>
</context>
<context>
    <name>Keyward::WebhookDeliveryLog</name>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="48"/>
        <source>Deliveries of the selected webhook</source>
        <translation>Zustellungen des ausgewählten Webhooks</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="49"/>
        <source>Attempts of the selected delivery</source>
        <translation>Versuche der ausgewählten Zustellung</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="78"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="86"/>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="260"/>
        <source>Send &amp;Test Event</source>
        <translation>&amp;Testereignis senden</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="88"/>
        <source>Re&amp;deliver</source>
        <translation>Erneut &amp;zustellen</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="89"/>
        <source>Send the selected delivery again</source>
        <translation>Die ausgewählte Zustellung erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="91"/>
        <source>Re&amp;fresh Log</source>
        <translation>Protokoll a&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="92"/>
        <source>Load the delivery log again</source>
        <translation>Das Zustellprotokoll neu laden</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="94"/>
        <source>Load &amp;Older</source>
        <translation>Ä&amp;ltere laden</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="95"/>
        <source>Load older deliveries</source>
        <translation>Ältere Zustellungen laden</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="103"/>
        <source>Delivery actions</source>
        <translation>Aktionen für Zustellungen</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="107"/>
        <source>Delivery log:</source>
        <translation>Zustellprotokoll:</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="234"/>
        <source>Select a delivery to see its attempts.</source>
        <translation>Wählen Sie eine Zustellung, um ihre Versuche zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="236"/>
        <source>Not tried yet.</source>
        <translation>Noch nicht versucht.</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="246"/>
        <source>Enable the webhook to send it a test event</source>
        <translation>Aktivieren Sie den Webhook, um ihm ein Testereignis zu senden</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="247"/>
        <source>Send a test event (webhook.test) to the selected webhook</source>
        <translation>Ein Testereignis (webhook.test) an den ausgewählten Webhook senden</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="256"/>
        <source>Select a webhook to see its deliveries.</source>
        <translation>Wählen Sie einen Webhook, um seine Zustellungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="258"/>
        <source>Loading deliveries…</source>
        <translation>Zustellungen werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="260"/>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="263"/>
        <source>Nothing has been sent to this webhook yet.</source>
        <translation>An diesen Webhook wurde noch nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="292"/>
        <source>A test event is on its way to %1</source>
        <translation>Ein Testereignis ist unterwegs an %1</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="312"/>
        <source>“%1” is queued to be delivered again</source>
        <translation>„%1“ wird erneut zugestellt</translation>
    </message>
</context>
<context>
    <name>Keyward::WebhookDeliveryModel</name>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="34"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="36"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="38"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="51"/>
        <source>%1 (%2), message id %3</source>
        <translation>%1 (%2), Nachrichten-ID %3</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="75"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="77"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="79"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="81"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="83"/>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
</context>
<context>
    <name>Keyward::WebhookDialog</name>
    <message>
        <location filename="../ui/WebhookDialog.cpp" line="37"/>
        <source>New Webhook</source>
        <translation>Neuer Webhook</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.cpp" line="38"/>
        <source>Create Webhook</source>
        <translation>Webhook erstellen</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.cpp" line="40"/>
        <source>Edit Webhook</source>
        <translation>Webhook bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.cpp" line="41"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.cpp" line="94"/>
        <source>Enter the URL that receives the events.</source>
        <translation>Geben Sie die URL ein, die die Ereignisse empfängt.</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.cpp" line="101"/>
        <source>Choose at least one event, or All events.</source>
        <translation>Wählen Sie mindestens ein Ereignis oder „Alle Ereignisse“.</translation>
    </message>
</context>
<context>
    <name>Keyward::WebhookEventNames</name>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="8"/>
        <source>Key created</source>
        <translation>Schlüssel erstellt</translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="10"/>
        <source>Key edited</source>
        <translation>Schlüssel bearbeitet</translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="12"/>
        <source>Key revoked</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="14"/>
        <source>Key re-activated</source>
        <translation>Schlüssel reaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="16"/>
        <source>Key rotated</source>
        <translation>Schlüssel rotiert</translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="18"/>
        <source>Key deleted</source>
        <translation>Schlüssel gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="20"/>
        <source>Key about to expire</source>
        <translation>Schlüssel läuft bald ab</translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="22"/>
        <source>Key expired</source>
        <translation>Schlüssel abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="24"/>
        <source>Key found leaked</source>
        <translation>Schlüssel als geleakt gemeldet</translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="26"/>
        <source>Authentication key created</source>
        <translation>Authentifizierungsschlüssel erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="28"/>
        <source>Test event</source>
        <translation>Testereignis</translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="35"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/WebhookEventNames.cpp" line="37"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::WebhookModel</name>
    <message>
        <location filename="../ui/WebhookModel.cpp" line="23"/>
        <location filename="../ui/WebhookModel.cpp" line="82"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/WebhookModel.cpp" line="23"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/WebhookModel.cpp" line="78"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/WebhookModel.cpp" line="80"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/WebhookModel.cpp" line="84"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/WebhookModel.cpp" line="86"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>Keyward::WebhookSecretDialog</name>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="20"/>
        <source>I have stored the signing secret somewhere safe</source>
        <translation>Ich habe das Signaturgeheimnis sicher aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="24"/>
        <source>New signing secret</source>
        <translation>Neues Signaturgeheimnis</translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="24"/>
        <source>Webhook signing secret</source>
        <translation>Signaturgeheimnis des Webhooks</translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="26"/>
        <source>This is the signing secret of the webhook to &lt;b&gt;%1&lt;/b&gt;. It is shown &lt;b&gt;only this once&lt;/b&gt;: copy it now into the receiving service&apos;s configuration. Keyward cannot show it again.</source>
        <translation>Dies ist das Signaturgeheimnis des Webhooks an &lt;b&gt;%1&lt;/b&gt;. Es wird &lt;b&gt;nur dieses eine Mal&lt;/b&gt; angezeigt: Kopieren Sie es jetzt in die Konfiguration des empfangenden Dienstes. Keyward kann es nicht noch einmal anzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="33"/>
        <source>It is a Standard Webhooks signing secret: the receiver checks the webhook-signature header of each delivery with it.</source>
        <translation>Es ist ein Signaturgeheimnis nach Standard Webhooks: Der Empfänger prüft damit den Header webhook-signature jeder Zustellung.</translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="43"/>
        <source>Signing secret</source>
        <translation>Signaturgeheimnis</translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="47"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="49"/>
        <source>Copy signing secret</source>
        <translation>Signaturgeheimnis kopieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/WebhookSecretDialog.cpp" line="50"/>
        <source>Copy the signing secret to the clipboard; it is cleared after %n second(s)</source>
        <translation>
            <numerusform>Das Signaturgeheimnis in die Zwischenablage kopieren; sie wird nach %n Sekunde geleert</numerusform>
            <numerusform>Das Signaturgeheimnis in die Zwischenablage kopieren; sie wird nach %n Sekunden geleert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="54"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="66"/>
        <source>The previous secret keeps signing beside this one until %1, so that the receiver can switch over.</source>
        <translation>Das bisherige Geheimnis signiert bis %1 neben diesem weiter, damit der Empfänger umstellen kann.</translation>
    </message>
</context>
<context>
    <name>Keyward::WebhooksTab</name>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="37"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="47"/>
        <source>Webhooks of the tenant</source>
        <translation>Webhooks des Mandanten</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="85"/>
        <source>Webhook actions</source>
        <translation>Webhook-Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="132"/>
        <location filename="../ui/WebhooksTab.cpp" line="266"/>
        <source>&amp;New Webhook…</source>
        <translation>&amp;Neuer Webhook…</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="133"/>
        <source>Add a URL that Keyward tells when keys change</source>
        <translation>Eine URL hinzufügen, die Keyward benachrichtigt, wenn sich Schlüssel ändern</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="134"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="137"/>
        <source>D&amp;isable</source>
        <translation>D&amp;eaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="138"/>
        <source>Stop sending events to the selected webhook</source>
        <translation>Keine Ereignisse mehr an den ausgewählten Webhook senden</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="140"/>
        <source>En&amp;able</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="141"/>
        <source>Send events to the selected webhook again</source>
        <translation>Wieder Ereignisse an den ausgewählten Webhook senden</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="142"/>
        <source>&amp;Rotate Secret…</source>
        <translation>Geheimnis &amp;rotieren…</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="144"/>
        <source>Issue a new signing secret; the old one keeps signing for 24 hours</source>
        <translation>Ein neues Signaturgeheimnis ausstellen; das alte signiert noch 24 Stunden lang mit</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="145"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="148"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="262"/>
        <source>Loading webhooks…</source>
        <translation>Webhooks werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="264"/>
        <source>No webhooks yet. A webhook tells another service when keys are created, revoked, rotated or about to expire.</source>
        <translation>Noch keine Webhooks. Ein Webhook benachrichtigt einen anderen Dienst, wenn Schlüssel erstellt, widerrufen, rotiert werden oder bald ablaufen.</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="268"/>
        <source>No webhooks yet.</source>
        <translation>Noch keine Webhooks.</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="307"/>
        <source>Created the webhook to %1</source>
        <translation>Webhook an %1 erstellt</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="336"/>
        <source>Saved the webhook to %1</source>
        <translation>Webhook an %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="353"/>
        <source>Enabled the webhook to %1</source>
        <translation>Webhook an %1 aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="354"/>
        <source>Disabled the webhook to %1: it receives no events</source>
        <translation>Webhook an %1 deaktiviert: Er erhält keine Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="365"/>
        <source>Rotate signing secret</source>
        <translation>Signaturgeheimnis rotieren</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="366"/>
        <source>Issue a new signing secret for the webhook to %1? The new secret is shown once. The old secret keeps signing beside the new one for 24 hours, so that the receiver can switch over.</source>
        <translation>Ein neues Signaturgeheimnis für den Webhook an %1 ausstellen? Das neue Geheimnis wird einmal angezeigt. Das alte signiert 24 Stunden lang neben dem neuen weiter, damit der Empfänger umstellen kann.</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="369"/>
        <source>Rotate Secret</source>
        <translation>Geheimnis rotieren</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="373"/>
        <source>New signing secret for the webhook to %1</source>
        <translation>Neues Signaturgeheimnis für den Webhook an %1</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="388"/>
        <source>Delete webhook</source>
        <translation>Webhook löschen</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="389"/>
        <source>Delete the webhook to %1 for good? It receives no more events, and its delivery log goes with it.</source>
        <translation>Den Webhook an %1 endgültig löschen? Er erhält keine Ereignisse mehr, und sein Zustellprotokoll wird mit gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="391"/>
        <source>Delete Webhook</source>
        <translation>Webhook löschen</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="396"/>
        <source>Deleted the webhook to %1</source>
        <translation>Webhook an %1 gelöscht</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/LoginDialog.ui" line="6"/>
        <source>Sign in to Keyward</source>
        <translation>Bei Keyward anmelden</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="12"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="19"/>
        <source>Address of the keywardd server, e.g. http://127.0.0.1:8421</source>
        <translation>Adresse des keywardd-Servers, z. B. http://127.0.0.1:8421</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="28"/>
        <source>E-mail and password</source>
        <translation>E-Mail und Passwort</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="32"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="38"/>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="43"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="54"/>
        <source>&amp;Authenticator code:</source>
        <translation>Authenticator-&amp;Code:</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="62"/>
        <source>6-digit code</source>
        <translation>6-stelliger Code</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="67"/>
        <source>Use a &amp;recovery code instead</source>
        <translation>Stattdessen einen &amp;Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="68"/>
        <source>Lost the authenticator? Each recovery code signs in once in place of its code.</source>
        <translation>Authenticator verloren? Jeder Wiederherstellungscode meldet einmal anstelle des Authenticator-Codes an.</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="74"/>
        <source>Authentication key</source>
        <translation>Authentifizierungsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="78"/>
        <source>&amp;Key:</source>
        <translation>Sch&amp;lüssel:</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="85"/>
        <source>kw_pat_…</source>
        <translation>kw_pat_…</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="99"/>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="6"/>
        <source>Keyward</source>
        <translation>Keyward</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="21"/>
        <source>&amp;Retry now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="29"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="36"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="44"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="50"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="59"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="62"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="63"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="66"/>
        <source>&amp;New key…</source>
        <translation>&amp;Neuer Schlüssel…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="67"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="70"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="71"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="74"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="75"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="78"/>
        <source>&amp;About Keyward</source>
        <translation>Ü&amp;ber Keyward</translation>
    </message>
</context>
<context>
    <name>PasswordTab</name>
    <message>
        <location filename="../ui/PasswordTab.ui" line="16"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="24"/>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="29"/>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="37"/>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="42"/>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="53"/>
        <location filename="../ui/PasswordTab.ui" line="58"/>
        <source>Password strength</source>
        <translation>Passwortstärke</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="71"/>
        <source>Con&amp;firm new password:</source>
        <translation>Neues Passwort bes&amp;tätigen:</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="79"/>
        <source>Confirm new password</source>
        <translation>Neues Passwort bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="85"/>
        <source>Password requirements</source>
        <translation>Passwortanforderungen</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="90"/>
        <source>Also revoke my API keys and &amp;authentication key</source>
        <translation>Auch meine API-Schlüssel und meinen &amp;Authentifizierungsschlüssel widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="91"/>
        <source>For when someone else may have had your password: every API key you own is revoked (you can reactivate them later) and your authentication key is deleted.</source>
        <translation>Für den Fall, dass jemand anderes Ihr Passwort kannte: Alle Ihre API-Schlüssel werden widerrufen (Sie können sie später wieder aktivieren) und Ihr Authentifizierungsschlüssel wird gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="114"/>
        <source>C&amp;hange password</source>
        <translation>&amp;Passwort ändern</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../ui/ProfileTab.ui" line="9"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="13"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="22"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="23"/>
        <source>Your name as others see it</source>
        <translation>Ihr Name, wie andere ihn sehen</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="29"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="30"/>
        <source>Save name</source>
        <translation>Namen speichern</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="31"/>
        <source>Save the new display name</source>
        <translation>Den neuen Anzeigenamen speichern</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="38"/>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="43"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="49"/>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="54"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="60"/>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="65"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="73"/>
        <source>Two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="78"/>
        <source>Two-factor authentication status</source>
        <translation>Status der Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="85"/>
        <source>&amp;Enable two-factor authentication…</source>
        <translation>Zwei-Faktor-Authentifizierung &amp;aktivieren…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="86"/>
        <source>Also ask for a code from an authenticator app when you sign in</source>
        <translation>Bei der Anmeldung zusätzlich einen Code aus einer Authenticator-App abfragen</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="91"/>
        <source>New &amp;recovery codes…</source>
        <translation>Neue &amp;Wiederherstellungscodes…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="92"/>
        <source>Make ten new one-time codes for signing in without the authenticator; the old ones stop working</source>
        <translation>Zehn neue Einmalcodes für die Anmeldung ohne den Authenticator erzeugen; die alten funktionieren nicht mehr</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="97"/>
        <source>&amp;Disable…</source>
        <translation>Dea&amp;ktivieren…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="98"/>
        <source>Disable two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="99"/>
        <source>Turn two-factor authentication off (asks for a current code)</source>
        <translation>Zwei-Faktor-Authentifizierung ausschalten (erfordert einen aktuellen Code)</translation>
    </message>
</context>
<context>
    <name>StepUpDialog</name>
    <message>
        <location filename="../ui/StepUpDialog.ui" line="6"/>
        <source>Confirm it’s you</source>
        <translation>Bestätigen Sie, dass Sie es sind</translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.ui" line="22"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.ui" line="30"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.ui" line="35"/>
        <source>Authenticator &amp;code:</source>
        <translation>&amp;Code der Authenticator-App:</translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.ui" line="44"/>
        <source>Authenticator code</source>
        <translation>Code der Authenticator-App</translation>
    </message>
</context>
<context>
    <name>WebhookDialog</name>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="6"/>
        <source>New Webhook</source>
        <translation>Neuer Webhook</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="12"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="20"/>
        <source>Where Keyward sends the events: an https address the server can reach</source>
        <translation>Wohin Keyward die Ereignisse sendet: eine https-Adresse, die der Server erreichen kann</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="25"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="32"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="37"/>
        <source>E&amp;vents:</source>
        <translation>E&amp;reignisse:</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="43"/>
        <source>&amp;All events</source>
        <translation>&amp;Alle Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="45"/>
        <source>Every event type Keyward sends</source>
        <translation>Jeder Ereignistyp, den Keyward sendet</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="50"/>
        <source>Event types</source>
        <translation>Ereignistypen</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="56"/>
        <source>&amp;Enabled: send events to this URL</source>
        <translation>&amp;Aktiviert: Ereignisse an diese URL senden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="61"/>
        <source>Keyward: manage authentication and API keys.</source>
        <translation>Keyward: Authentifizierungs- und API-Schlüssel verwalten.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="65"/>
        <source>Open the sign-in for this keywardd server.</source>
        <translation>Die Anmeldung für diesen keywardd-Server öffnen.</translation>
    </message>
</context>
</TS>
