<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuthKeyTab</name>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="9"/>
        <source>Your authentication key lets scripts and tools sign in as you without your e-mail and password: they send it as “personal-access-token” to POST /v1/auth/login/token. You have at most one. It signs in without your second factor (two-factor authentication does not apply to it): treat it like a password and keep it only where it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="15"/>
        <source>You have no authentication key yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="26"/>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="31"/>
        <source>Key prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="37"/>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="42"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="47"/>
        <source>Last used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="52"/>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="65"/>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="66"/>
        <source>Generate your authentication key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="67"/>
        <source>Generate authentication key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="72"/>
        <source>&amp;Regenerate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="73"/>
        <source>Replace the key with a new one; the current key stops working at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="74"/>
        <source>Regenerate authentication key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="79"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="80"/>
        <source>Delete the key; it stops working at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="81"/>
        <source>Delete authentication key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::ApiClient</name>
    <message>
        <location filename="../core/ApiClient.cpp" line="141"/>
        <source>There is no session that could be renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="207"/>
        <source>No server address is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="304"/>
        <source>The request was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="308"/>
        <source>The server at %1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="316"/>
        <source>The answer from %1 could not be understood: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="322"/>
        <source>The server at %1 closed the connection without a complete answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="324"/>
        <source>Could not connect to the server at %1: nothing answers there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="326"/>
        <source>Could not reach the server at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="337"/>
        <source>The answer from %1 (HTTP %2) is not a Keyward response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="348"/>
        <source>The answer from %1 (HTTP %2) contradicts itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="382"/>
        <source>The server did not send a session token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="392"/>
        <source>The server did not send a refresh token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::ApiKeyModel</name>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="264"/>
        <location filename="../ui/ApiKeyModel.cpp" line="395"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="266"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="268"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="270"/>
        <source>Leaked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="327"/>
        <location filename="../ui/ApiKeyModel.cpp" line="329"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ApiKeyModel.cpp" line="385"/>
        <source>Expires in %n day(s), on %1</source>
        <translation>
            <numerusform>Expires in %n day, on %1</numerusform>
            <numerusform>Expires in %n days, on %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="388"/>
        <source>Expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="390"/>
        <source>Revoked: the key does not work until it is re-activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="392"/>
        <source>Leaked: found in public at %1 on %2 and revoked for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="409"/>
        <source>Last used on %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="412"/>
        <source>Key id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="436"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="438"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="440"/>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="442"/>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="444"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="446"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="448"/>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="450"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="452"/>
        <source>Last used from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="454"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::ApiKeysTab</name>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="36"/>
        <source>API Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="48"/>
        <source>Search by name, prefix or description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="49"/>
        <source>Search keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ApiKeysTab.cpp" line="58"/>
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Expiring within %n day</numerusform>
            <numerusform>Expiring within %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="66"/>
        <source>Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="70"/>
        <source>Your API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="88"/>
        <source>Key actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="102"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="219"/>
        <source>Loading keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="221"/>
        <source>You have no API keys yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="223"/>
        <source>You have no API keys yet. A key lets a program or a script call the API as you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="224"/>
        <source>Create your first key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="226"/>
        <source>No key matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="226"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="229"/>
        <source>No keys yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ApiKeysTab.cpp" line="231"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ApiKeysTab.cpp" line="233"/>
        <source>%1 of %n key(s)</source>
        <translation>
            <numerusform>%1 of %n key</numerusform>
            <numerusform>%1 of %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ApiKeysTab.cpp" line="242"/>
        <source>%n of your active keys expire(s) within %1 days. Edit them to extend the expiry.</source>
        <translation>
            <numerusform>%n of your active keys expires within %1 days. Edit it to extend the expiry.</numerusform>
            <numerusform>%n of your active keys expire within %1 days. Edit them to extend the expiry.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::ApiReply</name>
    <message>
        <location filename="../core/ApiReply.cpp" line="40"/>
        <source>The request was canceled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::AuditDetailsPane</name>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="18"/>
        <source>Entry details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="19"/>
        <source>Select an entry to see everything it records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="34"/>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="35"/>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="36"/>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="37"/>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="38"/>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="39"/>
        <source>Object:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="40"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="41"/>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="72"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="79"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="83"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="88"/>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="90"/>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="96"/>
        <source>%1, id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="98"/>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="100"/>
        <source>%1 “%2”, id %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::AuditModel</name>
    <message>
        <location filename="../ui/AuditModel.cpp" line="30"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="32"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="89"/>
        <source>%1
%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="101"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="113"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="114"/>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="115"/>
        <source>%1 “%2” (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="34"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="38"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="36"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::AuditSentences</name>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="50"/>
        <location filename="../ui/AuditSentences.cpp" line="56"/>
        <source>the key “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="52"/>
        <source>your key “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="55"/>
        <source>the key “%1” of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="69"/>
        <source>the user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="71"/>
        <source>the tenant “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="74"/>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="85"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="87"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="89"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="90"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="97"/>
        <source>sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="99"/>
        <source>a password change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="101"/>
        <source>an e-mail address change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="103"/>
        <source>the set-up of two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="105"/>
        <source>the confirmation of two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="107"/>
        <source>turning off two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="109"/>
        <source>the creation of new recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="111"/>
        <source>the creation of an authentication key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="118"/>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="120"/>
        <source>authentication key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="122"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="130"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="132"/>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="134"/>
        <source>expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="136"/>
        <source>scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="138"/>
        <source>rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="140"/>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="142"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="144"/>
        <source>sign-in access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="169"/>
        <source>You created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="170"/>
        <source>%1 created %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="172"/>
        <source>You revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="173"/>
        <source>%1 revoked %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="175"/>
        <source>You re-activated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="176"/>
        <source>%1 re-activated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="178"/>
        <source>You deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="179"/>
        <source>%1 deleted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="183"/>
        <source>You rotated %1; the old secret stopped working at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="186"/>
        <source>%1 rotated %2; the old secret stopped working at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="190"/>
        <source>You rotated %1; the old secret works for %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="192"/>
        <source>%1 rotated %2; the old secret works for %3 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="204"/>
        <source>You renamed %1 to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="205"/>
        <source>%1 renamed %2 to “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="208"/>
        <source>You renamed %1 to “%2” and changed its %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="210"/>
        <source>%1 renamed %2 to “%3” and changed its %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="215"/>
        <source>You edited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="216"/>
        <source>%1 edited %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="218"/>
        <location filename="../ui/AuditSentences.cpp" line="387"/>
        <source>You changed the %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="219"/>
        <location filename="../ui/AuditSentences.cpp" line="388"/>
        <source>%1 changed the %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="230"/>
        <source>You created your authentication key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="231"/>
        <source>%1 created their authentication key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="234"/>
        <source>You deleted your authentication key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="235"/>
        <source>%1 deleted their authentication key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="239"/>
        <source>You replaced your authentication key; the old one stopped working at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="242"/>
        <source>%1 replaced their authentication key; the old one stopped working at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="247"/>
        <source>You replaced your authentication key; the old one works for %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="250"/>
        <source>%1 replaced their authentication key; the old one works for %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="264"/>
        <source>You signed in with your authentication key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="265"/>
        <source>%1 signed in with their authentication key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="269"/>
        <source>You signed in with an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="270"/>
        <source>%1 signed in with an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="271"/>
        <source>You signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="272"/>
        <source>%1 signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="277"/>
        <source>You changed your password and revoked your %n API key(s)</source>
        <translation>
            <numerusform>You changed your password and revoked your %n API key</numerusform>
            <numerusform>You changed your password and revoked your %n API keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="280"/>
        <source>%1 changed their password and revoked their %n API key(s)</source>
        <translation>
            <numerusform>%1 changed their password and revoked their %n API key</numerusform>
            <numerusform>%1 changed their password and revoked their %n API keys</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="285"/>
        <source>You changed your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="286"/>
        <source>%1 changed their password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="289"/>
        <source>You turned on two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="290"/>
        <source>%1 turned on two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="294"/>
        <source>You turned off two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="295"/>
        <source>%1 turned off two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="300"/>
        <source>You used a recovery code; %n left</source>
        <translation>
            <numerusform>You used a recovery code; %n left</numerusform>
            <numerusform>You used a recovery code; %n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="301"/>
        <source>%1 used a recovery code; %n left</source>
        <translation>
            <numerusform>%1 used a recovery code; %n left</numerusform>
            <numerusform>%1 used a recovery code; %n left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="308"/>
        <source>You made new recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="309"/>
        <source>%1 made new recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="311"/>
        <source>You made %n new recovery code(s)</source>
        <translation>
            <numerusform>You made %n new recovery code</numerusform>
            <numerusform>You made %n new recovery codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="312"/>
        <source>%1 made %n new recovery code(s)</source>
        <translation>
            <numerusform>%1 made %n new recovery code</numerusform>
            <numerusform>%1 made %n new recovery codes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="326"/>
        <source>You created the user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="327"/>
        <source>%1 created the user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="328"/>
        <source>You created the user %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="330"/>
        <source>%1 created the user %2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="336"/>
        <source>You reset your own two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="337"/>
        <source>%1 reset their own two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="340"/>
        <source>%1 reset your two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="343"/>
        <source>You reset the two-factor authentication of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="345"/>
        <source>%1 reset the two-factor authentication of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="355"/>
        <source>You changed your e-mail address to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="358"/>
        <source>%1 changed their e-mail address to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="361"/>
        <source>You changed your e-mail address to %1 and your %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="364"/>
        <source>%1 changed their e-mail address to %2 and their %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="371"/>
        <source>You updated your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="372"/>
        <source>%1 updated their account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="374"/>
        <source>You changed your %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="375"/>
        <source>%1 changed their %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="380"/>
        <source>%1 updated your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="381"/>
        <source>%1 changed your %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="384"/>
        <source>You updated the user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="385"/>
        <source>%1 updated the user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="395"/>
        <source>no limit on key lifetimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="396"/>
        <source>keys live at most %n day(s)</source>
        <translation>
            <numerusform>keys live at most %n day</numerusform>
            <numerusform>keys live at most %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="402"/>
        <source>a sign-in lasts at most %n day(s)</source>
        <translation>
            <numerusform>a sign-in lasts at most %n day</numerusform>
            <numerusform>a sign-in lasts at most %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="408"/>
        <source>You changed the settings of the tenant “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="410"/>
        <source>%1 changed the settings of the tenant “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="414"/>
        <source>You changed the settings of the tenant “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="416"/>
        <source>%1 changed the settings of the tenant “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="429"/>
        <source>Your sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="430"/>
        <source>Sign-in by %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="432"/>
        <source>Your sign-in failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="433"/>
        <source>Sign-in by %1 failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="439"/>
        <source>Your second-factor check failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="441"/>
        <source>Second-factor check of %1 failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="444"/>
        <source>Your second-factor check failed during %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="446"/>
        <source>Second-factor check of %1 failed during %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="450"/>
        <source>Your password confirmation failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="452"/>
        <source>Password confirmation by %1 failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="456"/>
        <source>Your password change failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="457"/>
        <source>Password change by %1 failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="460"/>
        <source>You could not create the user %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="462"/>
        <source>%1 could not create the user %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="467"/>
        <source>A copied sign-in of yours was refused; %n session(s) ended</source>
        <translation>
            <numerusform>A copied sign-in of yours was refused; %n session ended</numerusform>
            <numerusform>A copied sign-in of yours was refused; %n sessions ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="469"/>
        <source>A copied sign-in of %1 was refused; %n session(s) ended</source>
        <translation>
            <numerusform>A copied sign-in of %1 was refused; %n session ended</numerusform>
            <numerusform>A copied sign-in of %1 was refused; %n sessions ended</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="474"/>
        <source>Someone tried to use %1 after it was revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="488"/>
        <location filename="../ui/AuditSentences.cpp" line="501"/>
        <location filename="../ui/AuditSentences.cpp" line="699"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="490"/>
        <source>%1, by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="491"/>
        <source>%1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="494"/>
        <source>%1: %2, by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="495"/>
        <source>%1: %2, by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="502"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="531"/>
        <location filename="../ui/AuditSentences.cpp" line="638"/>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="533"/>
        <source>Copied sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="534"/>
        <source>Password confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="535"/>
        <source>Password change attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="536"/>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="537"/>
        <source>Second-factor check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="539"/>
        <source>Two-factor authentication turned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="541"/>
        <source>Two-factor authentication turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="542"/>
        <source>Two-factor authentication reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="543"/>
        <source>Recovery code used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="545"/>
        <source>New recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="546"/>
        <source>Key created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="547"/>
        <source>Key edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="548"/>
        <source>Key revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="549"/>
        <source>Key re-activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="550"/>
        <source>Key rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="551"/>
        <source>Key deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="552"/>
        <source>Revoked key used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="554"/>
        <source>Authentication key created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="556"/>
        <source>Authentication key replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="558"/>
        <location filename="../ui/AuditSentences.cpp" line="634"/>
        <source>Authentication key deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="559"/>
        <source>User created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="560"/>
        <source>User not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="561"/>
        <source>User changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="562"/>
        <source>Tenant settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="566"/>
        <source>Unknown action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="573"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="575"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="577"/>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="589"/>
        <source>wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="591"/>
        <source>the account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="593"/>
        <source>wrong authenticator code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="595"/>
        <source>authenticator code used before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="597"/>
        <source>wrong or used recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="599"/>
        <source>the e-mail address is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="606"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="608"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="610"/>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="617"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="618"/>
        <source>During</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="619"/>
        <source>Signed in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="620"/>
        <source>Key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="621"/>
        <source>Through the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="622"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="623"/>
        <source>Previous name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="624"/>
        <source>Previous e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="625"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="626"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="627"/>
        <source>Old secret valid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="628"/>
        <source>Recovery codes left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="629"/>
        <source>Recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="630"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="631"/>
        <source>Was turned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="632"/>
        <source>API keys revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="636"/>
        <source>Longest key lifetime (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="637"/>
        <source>Longest sign-in (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="639"/>
        <source>Sessions ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="659"/>
        <source>no grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="672"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="673"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="691"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::AuditTab</name>
    <message>
        <location filename="../ui/AuditTab.cpp" line="46"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="48"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="50"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="53"/>
        <source>Load &amp;older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="56"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="68"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="70"/>
        <source>Sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="71"/>
        <source>Failed second-factor checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="72"/>
        <source>Failed password confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="73"/>
        <source>Copied sign-ins refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="74"/>
        <source>Keys created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="75"/>
        <source>Keys edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="76"/>
        <source>Keys revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="77"/>
        <source>Keys re-activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="78"/>
        <source>Keys rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="79"/>
        <source>Keys deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="80"/>
        <source>Revoked keys used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="81"/>
        <source>Authentication keys created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="82"/>
        <source>Authentication keys replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="83"/>
        <source>Authentication keys deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="84"/>
        <source>Password changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="85"/>
        <source>Failed password changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="86"/>
        <source>Two-factor turned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="87"/>
        <source>Two-factor turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="88"/>
        <source>Two-factor resets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="89"/>
        <source>Recovery codes used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="90"/>
        <source>New recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="91"/>
        <source>Users created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="92"/>
        <source>Users refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="93"/>
        <source>Users changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="94"/>
        <source>Tenant settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="98"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="99"/>
        <location filename="../ui/AuditTab.cpp" line="351"/>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="101"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="103"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="104"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="105"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="106"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="107"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="108"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="111"/>
        <source>From (first day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="112"/>
        <source>To (last day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="113"/>
        <source>The first day shown, from midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="114"/>
        <source>The last day shown, up to midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="116"/>
        <source>Filter loaded entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="118"/>
        <source>Filter the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="145"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="159"/>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="162"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="323"/>
        <source>No entries match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="323"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="325"/>
        <source>Nothing has been recorded yet: sign-ins and changes to keys and accounts are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="327"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditTab.cpp" line="403"/>
        <source>%n audit entries shown</source>
        <translation>
            <numerusform>%n audit entry shown</numerusform>
            <numerusform>%n audit entries shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::AuthKeyTab</name>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="34"/>
        <source>Authentication Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="92"/>
        <source>%1…</source>
        <comment>the display prefix of a key; the rest is never shown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="98"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="102"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="106"/>
        <source>%1 from %2</source>
        <comment>time, client address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="140"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="163"/>
        <source>An authentication key signs in as you without your password, so making one needs a fresh proof that it is you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="159"/>
        <source>A new authentication key replaces the old one, which no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="94"/>
        <source>The replaced key works until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="118"/>
        <source>your authentication key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="119"/>
        <source>Your new authentication key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="137"/>
        <source>Regenerate the authentication key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="138"/>
        <source>A new authentication key is issued, shown once; the sessions opened with the current one end.
The current key should:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="154"/>
        <source>Your authentication key has been generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="156"/>
        <source>A new authentication key replaces the old one, which works until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="177"/>
        <source>Delete the authentication key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="178"/>
        <source>The key %1… stops working at once, and the sessions opened with it end. Scripts and tools that use it can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="181"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="193"/>
        <source>Your authentication key has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::ConsoleTab</name>
    <message>
        <location filename="../ui/ConsoleTab.cpp" line="18"/>
        <source>The key “%1” is kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConsoleTab.cpp" line="22"/>
        <source>The key could not be kept in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::CreateKeyDialog</name>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="49"/>
        <source>New API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="61"/>
        <source>Edit API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="80"/>
        <source>e.g. CI pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="81"/>
        <source>Key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="82"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="87"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="88"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="89"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="94"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="98"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="117"/>
        <source>&amp;read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="117"/>
        <source>Read keys, profile, tenant and audit log (GET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="118"/>
        <source>&amp;write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="118"/>
        <source>Create, change, revoke and delete keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="119"/>
        <source>&amp;admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="119"/>
        <source>Manage users and the tenant (admin owners only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="120"/>
        <source>web&amp;hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="120"/>
        <source>Deliver webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="122"/>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="123"/>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="129"/>
        <source>What the key may do: read lists and shows, write also changes keys, admin manages users and the tenant, webhook manages webhooks. Scopes are fixed once the key exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="131"/>
        <source>Scopes cannot be changed once a key exists: create a new key for other scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="136"/>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="139"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="140"/>
        <source> per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="141"/>
        <source>Requests per minute the key may make; over it, verification answers 429</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="142"/>
        <source>Ra&amp;te limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="155"/>
        <source>Scopes cannot be changed; create a new key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="166"/>
        <source>Expiration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="170"/>
        <source>Keep (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="173"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="174"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="178"/>
        <source>Expiration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="186"/>
        <source>&amp;Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="207"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="212"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="212"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="247"/>
        <source>The user list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CreateKeyDialog.cpp" line="276"/>
        <source>Longer than this tenant allows (%n day(s))</source>
        <translation>
            <numerusform>Longer than this tenant allows (%n day)</numerusform>
            <numerusform>Longer than this tenant allows (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="294"/>
        <source>This key has expired; its expiry cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="296"/>
        <location filename="../ui/CreateKeyDialog.cpp" line="299"/>
        <source>Expires on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CreateKeyDialog.cpp" line="301"/>
        <location filename="../ui/CreateKeyDialog.cpp" line="349"/>
        <location filename="../ui/CreateKeyDialog.cpp" line="354"/>
        <source>This tenant allows keys to live at most %n day(s).</source>
        <translation>
            <numerusform>This tenant allows keys to live at most %n day.</numerusform>
            <numerusform>This tenant allows keys to live at most %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="331"/>
        <source>Enter a name for the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="343"/>
        <source>The expiry date must be in the future: choose tomorrow or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="366"/>
        <source>Choose at least one scope.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::Endpoint</name>
    <message>
        <location filename="../core/Endpoints.h" line="39"/>
        <source>The server&apos;s answer could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::GracePeriodDialog</name>
    <message>
        <location filename="../ui/GracePeriodDialog.cpp" line="14"/>
        <source>Stop working at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GracePeriodDialog.cpp" line="15"/>
        <source>Keep working for 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GracePeriodDialog.cpp" line="16"/>
        <source>Keep working for 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GracePeriodDialog.cpp" line="17"/>
        <source>Keep working for 7 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::KeyCommands</name>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="90"/>
        <source>&amp;New key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="91"/>
        <source>Create a new API key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="92"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="95"/>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="96"/>
        <source>Revoke the selected keys: they stop working at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="97"/>
        <source>Re-&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="98"/>
        <source>R&amp;otate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="99"/>
        <source>Issue a new secret for the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="100"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="103"/>
        <source>&amp;Copy key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="125"/>
        <source>Created the key “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="127"/>
        <source>Created the key “%1” for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="132"/>
        <source>Saved the key “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="165"/>
        <source>This key has expired and cannot be re-activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="167"/>
        <source>Make revoked keys work again (not once they have expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="185"/>
        <source>• “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="187"/>
        <source>• “%1” of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="190"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="204"/>
        <source>It was last used at %1, within the last hour: a service may still depend on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="208"/>
        <source>%n of them were used within the last hour: services may still depend on them.</source>
        <translation>
            <numerusform>%n of them was used within the last hour: a service may still depend on it.</numerusform>
            <numerusform>%n of them were used within the last hour: services may still depend on them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="232"/>
        <source>Revoke “%1”? It stops working at once. It can be re-activated until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="233"/>
        <source>Revoke these %n keys? They stop working at once. They can be re-activated until they expire.</source>
        <translation>
            <numerusform>Revoke this key? It stops working at once. It can be re-activated until it expires.</numerusform>
            <numerusform>Revoke these %n keys? They stop working at once. They can be re-activated until they expire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="237"/>
        <source>Revoke API keys</source>
        <translation>
            <numerusform>Revoke API key</numerusform>
            <numerusform>Revoke API keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="238"/>
        <source>Revoke %n key(s)</source>
        <translation>
            <numerusform>Revoke %n key</numerusform>
            <numerusform>Revoke %n keys</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="255"/>
        <source>Delete “%1” for good? It stops working at once and cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="256"/>
        <source>Delete these %n keys for good? They stop working at once and cannot be restored.</source>
        <translation>
            <numerusform>Delete this key for good? It stops working at once and cannot be restored.</numerusform>
            <numerusform>Delete these %n keys for good? They stop working at once and cannot be restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="260"/>
        <source>Delete API keys</source>
        <translation>
            <numerusform>Delete API key</numerusform>
            <numerusform>Delete API keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="261"/>
        <source>Delete %n key(s)</source>
        <translation>
            <numerusform>Delete %n key</numerusform>
            <numerusform>Delete %n keys</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="272"/>
        <source>Rotate API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="273"/>
        <source>Rotating “%1” issues a new secret, shown once.
The current secret should:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="274"/>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="290"/>
        <source>New secret issued; the previous one no longer works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="292"/>
        <source>New secret issued; the previous one works until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="305"/>
        <source>Copied the key id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="381"/>
        <source>Revoked the key “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="382"/>
        <source>Revoked %n key(s)</source>
        <translation>
            <numerusform>Revoked %n key</numerusform>
            <numerusform>Revoked %n keys</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="385"/>
        <source>Re-activated the key “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="386"/>
        <source>Re-activated %n key(s)</source>
        <translation>
            <numerusform>Re-activated %n key</numerusform>
            <numerusform>Re-activated %n keys</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="389"/>
        <source>Deleted the key “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="390"/>
        <source>Deleted %n key(s)</source>
        <translation>
            <numerusform>Deleted %n key</numerusform>
            <numerusform>Deleted %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="398"/>
        <source>%1; %n failed: %2</source>
        <translation>
            <numerusform>%1; %n failed: %2</numerusform>
            <numerusform>%1; %n failed: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::KeyDetailsPane</name>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="43"/>
        <source>Key details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="44"/>
        <source>Select a key to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="56"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="57"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="58"/>
        <source>Key id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="59"/>
        <source>Prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="60"/>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="61"/>
        <source>Created by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="62"/>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="63"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="64"/>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="65"/>
        <source>Changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="66"/>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="67"/>
        <source>Last used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="68"/>
        <source>Rate limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="71"/>
        <source>Copy as &amp;environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="73"/>
        <source>Copy the key id and prefix as KEYWARD_KEY_ID and KEYWARD_KEY_PREFIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="74"/>
        <source>Copy as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="76"/>
        <source>Copy a curl command that shows this key (with your token from $KEYWARD_TOKEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="84"/>
        <source>Copied the key id and prefix as environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="88"/>
        <source>Copied a curl command for the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="94"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="103"/>
        <source>History of the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="163"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="179"/>
        <source>Leaked: found in public at %1 on %2 and revoked for good. Replace it with a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="182"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="184"/>
        <source>Revoked: it does not work until it is re-activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="185"/>
        <source>Expired: it no longer works and cannot be re-activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="188"/>
        <location filename="../ui/KeyDetailsPane.cpp" line="190"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="194"/>
        <source>%1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyDetailsPane.cpp" line="195"/>
        <source>%n request(s) per minute</source>
        <translation>
            <numerusform>%n request per minute</numerusform>
            <numerusform>%n requests per minute</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="195"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::KeyStatusCombo</name>
    <message>
        <location filename="../ui/KeyStatusCombo.cpp" line="9"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyStatusCombo.cpp" line="10"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyStatusCombo.cpp" line="11"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyStatusCombo.cpp" line="12"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyStatusCombo.cpp" line="13"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyStatusCombo.cpp" line="14"/>
        <source>Leaked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::KeyTableView</name>
    <message>
        <location filename="../ui/KeyTableView.cpp" line="189"/>
        <source>Default columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::LoginDialog</name>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="31"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="39"/>
        <source>&amp;Recovery code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="39"/>
        <source>&amp;Authenticator code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="41"/>
        <source>xxxx-xxxx-xxxx-xxxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="41"/>
        <source>6-digit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="46"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="85"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="85"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="133"/>
        <source>Enter the server&apos;s address, e.g. http://127.0.0.1:8421</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="143"/>
        <source>Paste your authentication key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="150"/>
        <source>Enter your e-mail and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <source>About Keyward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source>&lt;b&gt;Keyward&lt;/b&gt; %1&lt;br&gt;API-key management console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>Your session has ended (%1). Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Clipboard clears in %n s</numerusform>
            <numerusform>Clipboard clears in %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>Clipboard cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192"/>
        <source>Your session ends at %1. It was opened with a key and cannot be renewed: sign in again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>Sign in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <source>Sign in again to go on working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="234"/>
        <source>Keyward</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>Signed in with a recovery code: %n left. Make new ones on the Profile page.</source>
        <translation>
            <numerusform>Signed in with a recovery code: %n left. Make new ones on the Profile page.</numerusform>
            <numerusform>Signed in with a recovery code: %n left. Make new ones on the Profile page.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="292"/>
        <source>Keyward — %1 (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="363"/>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="383"/>
        <source>You have signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="401"/>
        <source>No keychain: you stay signed in only until the console closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="427"/>
        <source>The server&apos;s database is unavailable. Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="429"/>
        <source>%1 answers, but its database does not. Retrying every %n second(s).</source>
        <translation>
            <numerusform>%1 answers, but its database does not. Retrying every %n second.</numerusform>
            <numerusform>%1 answers, but its database does not. Retrying every %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="432"/>
        <source>Offline. Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="434"/>
        <source>Cannot reach %1 (%2). Retrying every %n second(s).</source>
        <translation>
            <numerusform>Cannot reach %1 (%2). Retrying every %n second.</numerusform>
            <numerusform>Cannot reach %1 (%2). Retrying every %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="450"/>
        <source>Connected again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::MessageWidget</name>
    <message>
        <location filename="../ui/MessageWidget.cpp" line="63"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageWidget.cpp" line="63"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageWidget.cpp" line="63"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::NewUserDialog</name>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="20"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="24"/>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="25"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="28"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="29"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="34"/>
        <source>User: their own keys. Support: reads every key and the audit log. Admin: manages users, the tenant and every key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="36"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="40"/>
        <source>Initial &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="44"/>
        <source>&amp;Confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="49"/>
        <source>Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="65"/>
        <source>Enter the user&apos;s e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="70"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::PasswordTab</name>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="45"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PasswordTab.cpp" line="47"/>
        <source>Changing your password signs out your other sessions. The new password needs at least %n characters and must not be easy to guess.</source>
        <translation>
            <numerusform>Changing your password signs out your other sessions. The new password needs at least %n characters and must not be easy to guess.</numerusform>
            <numerusform>Changing your password signs out your other sessions. The new password needs at least %n characters and must not be easy to guess.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="94"/>
        <location filename="../ui/PasswordTab.cpp" line="95"/>
        <location filename="../ui/PasswordTab.cpp" line="99"/>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="99"/>
        <source>Hide password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="108"/>
        <source>very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="110"/>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="112"/>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="114"/>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="118"/>
        <source>very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PasswordTab.cpp" line="124"/>
        <source>The new password needs at least %n characters.</source>
        <translation>
            <numerusform>The new password needs at least %n character.</numerusform>
            <numerusform>The new password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PasswordTab.cpp" line="126"/>
        <source>The new password may have at most %n characters.</source>
        <translation>
            <numerusform>The new password may have at most %n characters.</numerusform>
            <numerusform>The new password may have at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="128"/>
        <source>The new password is too easy to guess (strength %1 of %2; %3 is needed). Avoid common words, names, dates, keyboard patterns and your e-mail address; a few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="152"/>
        <source>%1 (%2 of %3)</source>
        <comment>strength word, score, highest score</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="163"/>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="200"/>
        <source>Your account has two-factor authentication, so changing the password also needs a code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="213"/>
        <source>Your password has been changed; your other sessions have been signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PasswordTab.cpp" line="218"/>
        <source>%n API key(s) revoked and your authentication key deleted.</source>
        <translation>
            <numerusform>%n API key revoked and your authentication key deleted.</numerusform>
            <numerusform>%n API keys revoked and your authentication key deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PasswordTab.cpp" line="220"/>
        <source>%n API key(s) revoked; you had no authentication key.</source>
        <translation>
            <numerusform>%n API key revoked; you had no authentication key.</numerusform>
            <numerusform>%n API keys revoked; you had no authentication key.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::ProfileTab</name>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="18"/>
        <source>Administrator: manages the tenant&apos;s users and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="20"/>
        <source>Support: sees the tenant&apos;s keys and audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="24"/>
        <source>User: manages own keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="34"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="86"/>
        <source>On: signing in also asks for a code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="87"/>
        <source>Off: signing in needs only your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ProfileTab.cpp" line="91"/>
        <source>%n recovery code(s) left for signing in without it.</source>
        <translation>
            <numerusform>%n recovery code left for signing in without it.</numerusform>
            <numerusform>%n recovery codes left for signing in without it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="92"/>
        <source>No recovery codes left: make new ones before you lose the authenticator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="124"/>
        <source>Your name is now “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="149"/>
        <source>Whoever holds the authenticator app holds your account, so turning on two-factor authentication needs a fresh proof that it is you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="180"/>
        <source>New recovery codes made; the old ones no longer work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="184"/>
        <source>Recovery codes sign in without the authenticator, so making new ones needs a fresh proof that it is you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="210"/>
        <source>Two-factor authentication is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="210"/>
        <source>Two-factor authentication is off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::RecoveryCodesDialog</name>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="25"/>
        <source>Your recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="27"/>
        <source>If you lose your authenticator, each of these codes signs you in &lt;b&gt;once&lt;/b&gt; in place of its code. They are shown &lt;b&gt;only this once&lt;/b&gt;: copy or save them now and keep them somewhere safe, apart from your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="38"/>
        <source>Recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="43"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RecoveryCodesDialog.cpp" line="46"/>
        <source>Copy the codes to the clipboard; it is cleared after %n second(s)</source>
        <translation>
            <numerusform>Copy the codes to the clipboard; it is cleared after %n second</numerusform>
            <numerusform>Copy the codes to the clipboard; it is cleared after %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="49"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="51"/>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="21"/>
        <source>I have stored the codes somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="74"/>
        <source>Save the recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="77"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="84"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="87"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="88"/>
        <source>The codes could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="106"/>
        <source>Keyward recovery codes. Each signs in once in place of the authenticator&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::SecretDialog</name>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="23"/>
        <source>Your new API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="26"/>
        <source>This is the secret of &lt;b&gt;%1&lt;/b&gt;. It is shown &lt;b&gt;only this once&lt;/b&gt;: copy it now and keep it somewhere safe, such as a password manager. Keyward cannot show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="37"/>
        <source>API key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="41"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="43"/>
        <source>Copy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SecretDialog.cpp" line="45"/>
        <source>Copy the key to the clipboard; it is cleared after %n second(s)</source>
        <translation>
            <numerusform>Copy the key to the clipboard; it is cleared after %n second</numerusform>
            <numerusform>Copy the key to the clipboard; it is cleared after %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="48"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="19"/>
        <source>I have stored the key somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="54"/>
        <source>Also keep it in the system &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::StepUpDialog</name>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="24"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="75"/>
        <source>Enter your password and the current code from your authenticator app to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="77"/>
        <source>Enter the current code from your authenticator app to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="79"/>
        <source>Enter your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="139"/>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StepUpDialog.cpp" line="141"/>
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="152"/>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="156"/>
        <source>Enter the %1-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::TenantKeysTab</name>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="84"/>
        <source>Tenant Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="95"/>
        <source>User filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="97"/>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="107"/>
        <source>Search name, description, prefix, owner or key id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="108"/>
        <source>Search keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="118"/>
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Expiring within %n day</numerusform>
            <numerusform>Expiring within %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="127"/>
        <source>Loading keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="134"/>
        <location filename="../ui/TenantKeysTab.cpp" line="135"/>
        <source>Stop loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="142"/>
        <source>API keys of the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="162"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="170"/>
        <source>Key actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="181"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="186"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="159"/>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="161"/>
        <source>Save the keys shown as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="272"/>
        <source>The user list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="322"/>
        <location filename="../ui/TenantKeysTab.cpp" line="323"/>
        <source>Loading keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="219"/>
        <source>Loaded %n key(s)…</source>
        <translation>
            <numerusform>Loaded %n key…</numerusform>
            <numerusform>Loaded %n keys…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="199"/>
        <source>Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="221"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="227"/>
        <source>Loading stopped after %n key(s): %1</source>
        <translation>
            <numerusform>Loading stopped after %n key: %1</numerusform>
            <numerusform>Loading stopped after %n keys: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="343"/>
        <source>%n active key(s) of the tenant expire within %1 days.</source>
        <translation>
            <numerusform>%n active key of the tenant expires within %1 days.</numerusform>
            <numerusform>%n active keys of the tenant expire within %1 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="344"/>
        <source>More than %n active keys of the tenant expire within %1 days.</source>
        <translation>
            <numerusform>More than %n active key of the tenant expires within %1 days.</numerusform>
            <numerusform>More than %n active keys of the tenant expire within %1 days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="355"/>
        <source>No key matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="355"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="357"/>
        <location filename="../ui/TenantKeysTab.cpp" line="359"/>
        <source>This tenant has no keys yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="357"/>
        <source>Create the first key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="371"/>
        <source>Stopped after %n key(s)</source>
        <translation>
            <numerusform>Stopped after %n key</numerusform>
            <numerusform>Stopped after %n keys</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="440"/>
        <source>Export API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="441"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="448"/>
        <source>Exported %n key(s) to %1</source>
        <translation>
            <numerusform>Exported %n key to %1</numerusform>
            <numerusform>Exported %n keys to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="459"/>
        <location filename="../ui/TenantKeysTab.cpp" line="494"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::TotpDialog</name>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="50"/>
        <source>Enable two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="51"/>
        <source>Scan this QR code with your authenticator app (for example FreeOTP, Aegis or Google Authenticator), then enter the 6-digit code it shows. Until you confirm, signing in works as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="60"/>
        <source>QR code for your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="63"/>
        <source>The QR code could not be drawn; enter the secret below by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="75"/>
        <source>Secret for manual entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="76"/>
        <source>If you cannot scan the code: a time-based key (SHA-1, 6 digits, 30 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="77"/>
        <source>Or enter this &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="83"/>
        <source>Disable two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="84"/>
        <source>Enter the current code from your authenticator app. Afterwards signing in needs only your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="96"/>
        <source>Authenticator code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="97"/>
        <source>&amp;Code from the app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="109"/>
        <source>Turn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="109"/>
        <source>Turn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="148"/>
        <source>Enter the %1-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="164"/>
        <source>Turning off two-factor authentication needs a fresh proof that it is you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::UserModel</name>
    <message>
        <location filename="../ui/UserModel.cpp" line="23"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="25"/>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="27"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="51"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="51"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="53"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="53"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="70"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="72"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="74"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="76"/>
        <source>Two-factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="78"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="80"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::UserPicker</name>
    <message>
        <location filename="../ui/UserPicker.cpp" line="21"/>
        <source>%1 (%2)</source>
        <comment>e-mail (name)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserPicker.cpp" line="23"/>
        <source>%1 — disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserPicker.cpp" line="29"/>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserPicker.cpp" line="40"/>
        <source>Type to search…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::UsersTab</name>
    <message>
        <location filename="../ui/UsersTab.cpp" line="59"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="72"/>
        <source>Search by e-mail, name or role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="73"/>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="80"/>
        <source>Users of the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="88"/>
        <source>No user matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="88"/>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="107"/>
        <source>User actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="113"/>
        <source>Tenant settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="119"/>
        <source>No maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="120"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="121"/>
        <source>No key of the tenant may be made to live longer than this; 0: no maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="122"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="129"/>
        <source>Maximum key &amp;lifetime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="134"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="135"/>
        <source>Days before a key expires that the tenant&apos;s webhooks get a key.expiring notice, e.g. 30, 7, 1 (at most %1 values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="141"/>
        <source>E&amp;xpiry notices (days before):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="171"/>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="172"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="173"/>
        <source>Show &amp;keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="175"/>
        <source>List the user&apos;s keys on Tenant Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="176"/>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="179"/>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="180"/>
        <source>The user can no longer sign in, and their keys stop working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="181"/>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="182"/>
        <source>Reset &amp;two-factor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="184"/>
        <source>Turn off the user&apos;s second factor, for a lost authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="323"/>
        <source>Created the user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="341"/>
        <location filename="../ui/UsersTab.cpp" line="346"/>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="342"/>
        <source>Role of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="356"/>
        <source>%1 is now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="372"/>
        <source>Disabled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="372"/>
        <source>Enabled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="379"/>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="380"/>
        <source>Disable %1? They can no longer sign in, and their keys stop working until they are enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="383"/>
        <source>Disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="392"/>
        <location filename="../ui/UsersTab.cpp" line="396"/>
        <source>Reset two-factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="393"/>
        <source>Turn off the second factor of %1? They sign in with their password alone until they enrol again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="398"/>
        <source>Reset the second factor of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="427"/>
        <source>Saved: no expiry notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="428"/>
        <source>Saved: expiry notices go out %1 days before a key expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/UsersTab.cpp" line="433"/>
        <source>Saved: keys live at most %n day(s).</source>
        <translation>
            <numerusform>Saved: keys live at most %n day.</numerusform>
            <numerusform>Saved: keys live at most %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="434"/>
        <source>Saved: keys may live as long as their owners choose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::WebhookAttemptModel</name>
    <message>
        <location filename="../ui/WebhookAttemptModel.cpp" line="31"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookAttemptModel.cpp" line="32"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookAttemptModel.cpp" line="54"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookAttemptModel.cpp" line="67"/>
        <source>Attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookAttemptModel.cpp" line="69"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookAttemptModel.cpp" line="71"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookAttemptModel.cpp" line="73"/>
        <source>Next retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::WebhookDeliveryLog</name>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="48"/>
        <source>Deliveries of the selected webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="49"/>
        <source>Attempts of the selected delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="78"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="86"/>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="260"/>
        <source>Send &amp;Test Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="88"/>
        <source>Re&amp;deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="89"/>
        <source>Send the selected delivery again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="91"/>
        <source>Re&amp;fresh Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="92"/>
        <source>Load the delivery log again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="94"/>
        <source>Load &amp;Older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="95"/>
        <source>Load older deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="103"/>
        <source>Delivery actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="107"/>
        <source>Delivery log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="234"/>
        <source>Select a delivery to see its attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="236"/>
        <source>Not tried yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="246"/>
        <source>Enable the webhook to send it a test event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="247"/>
        <source>Send a test event (webhook.test) to the selected webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="256"/>
        <source>Select a webhook to see its deliveries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="258"/>
        <source>Loading deliveries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="260"/>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="263"/>
        <source>Nothing has been sent to this webhook yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="292"/>
        <source>A test event is on its way to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="312"/>
        <source>“%1” is queued to be delivered again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::WebhookDeliveryModel</name>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="34"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="36"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="38"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="51"/>
        <source>%1 (%2), message id %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="75"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="77"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="79"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="81"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="83"/>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::WebhookDialog</name>
    <message>
        <location filename="../ui/WebhookDialog.cpp" line="37"/>
        <source>New Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.cpp" line="38"/>
        <source>Create Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.cpp" line="40"/>
        <source>Edit Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.cpp" line="41"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.cpp" line="94"/>
        <source>Enter the URL that receives the events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.cpp" line="101"/>
        <source>Choose at least one event, or All events.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::WebhookEventNames</name>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="8"/>
        <source>Key created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="10"/>
        <source>Key edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="12"/>
        <source>Key revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="14"/>
        <source>Key re-activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="16"/>
        <source>Key rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="18"/>
        <source>Key deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="20"/>
        <source>Key about to expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="22"/>
        <source>Key expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="24"/>
        <source>Key found leaked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="26"/>
        <source>Authentication key created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="28"/>
        <source>Test event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="35"/>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/WebhookEventNames.cpp" line="37"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::WebhookModel</name>
    <message>
        <location filename="../ui/WebhookModel.cpp" line="23"/>
        <location filename="../ui/WebhookModel.cpp" line="82"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookModel.cpp" line="23"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookModel.cpp" line="78"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookModel.cpp" line="80"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookModel.cpp" line="84"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookModel.cpp" line="86"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::WebhookSecretDialog</name>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="20"/>
        <source>I have stored the signing secret somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="24"/>
        <source>New signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="24"/>
        <source>Webhook signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="26"/>
        <source>This is the signing secret of the webhook to &lt;b&gt;%1&lt;/b&gt;. It is shown &lt;b&gt;only this once&lt;/b&gt;: copy it now into the receiving service&apos;s configuration. Keyward cannot show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="33"/>
        <source>It is a Standard Webhooks signing secret: the receiver checks the webhook-signature header of each delivery with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="43"/>
        <source>Signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="47"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="49"/>
        <source>Copy signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/WebhookSecretDialog.cpp" line="50"/>
        <source>Copy the signing secret to the clipboard; it is cleared after %n second(s)</source>
        <translation>
            <numerusform>Copy the signing secret to the clipboard; it is cleared after %n second</numerusform>
            <numerusform>Copy the signing secret to the clipboard; it is cleared after %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="54"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="66"/>
        <source>The previous secret keeps signing beside this one until %1, so that the receiver can switch over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::WebhooksTab</name>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="37"/>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="47"/>
        <source>Webhooks of the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="85"/>
        <source>Webhook actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="132"/>
        <location filename="../ui/WebhooksTab.cpp" line="266"/>
        <source>&amp;New Webhook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="133"/>
        <source>Add a URL that Keyward tells when keys change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="134"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="137"/>
        <source>D&amp;isable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="138"/>
        <source>Stop sending events to the selected webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="140"/>
        <source>En&amp;able</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="141"/>
        <source>Send events to the selected webhook again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="142"/>
        <source>&amp;Rotate Secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="144"/>
        <source>Issue a new signing secret; the old one keeps signing for 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="145"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="148"/>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="262"/>
        <source>Loading webhooks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="264"/>
        <source>No webhooks yet. A webhook tells another service when keys are created, revoked, rotated or about to expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="268"/>
        <source>No webhooks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="307"/>
        <source>Created the webhook to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="336"/>
        <source>Saved the webhook to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="353"/>
        <source>Enabled the webhook to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="354"/>
        <source>Disabled the webhook to %1: it receives no events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="365"/>
        <source>Rotate signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="366"/>
        <source>Issue a new signing secret for the webhook to %1? The new secret is shown once. The old secret keeps signing beside the new one for 24 hours, so that the receiver can switch over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="369"/>
        <source>Rotate Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="373"/>
        <source>New signing secret for the webhook to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="388"/>
        <source>Delete webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="389"/>
        <source>Delete the webhook to %1 for good? It receives no more events, and its delivery log goes with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="391"/>
        <source>Delete Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="396"/>
        <source>Deleted the webhook to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/LoginDialog.ui" line="6"/>
        <source>Sign in to Keyward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="12"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="19"/>
        <source>Address of the keywardd server, e.g. http://127.0.0.1:8421</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="28"/>
        <source>E-mail and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="32"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="38"/>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="43"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="54"/>
        <source>&amp;Authenticator code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="62"/>
        <source>6-digit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="67"/>
        <source>Use a &amp;recovery code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="68"/>
        <source>Lost the authenticator? Each recovery code signs in once in place of its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="74"/>
        <source>Authentication key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="78"/>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="85"/>
        <source>kw_pat_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="99"/>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="6"/>
        <source>Keyward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="21"/>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="29"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="36"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="44"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="50"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="59"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="62"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="63"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="66"/>
        <source>&amp;New key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="67"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="70"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="71"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="74"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="75"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="78"/>
        <source>&amp;About Keyward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordTab</name>
    <message>
        <location filename="../ui/PasswordTab.ui" line="16"/>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="24"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="29"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="37"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="42"/>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="53"/>
        <location filename="../ui/PasswordTab.ui" line="58"/>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="71"/>
        <source>Con&amp;firm new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="79"/>
        <source>Confirm new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="85"/>
        <source>Password requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="90"/>
        <source>Also revoke my API keys and &amp;authentication key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="91"/>
        <source>For when someone else may have had your password: every API key you own is revoked (you can reactivate them later) and your authentication key is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="114"/>
        <source>C&amp;hange password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../ui/ProfileTab.ui" line="9"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="13"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="22"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="23"/>
        <source>Your name as others see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="29"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="30"/>
        <source>Save name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="31"/>
        <source>Save the new display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="38"/>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="43"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="49"/>
        <source>Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="54"/>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="60"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="65"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="73"/>
        <source>Two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="78"/>
        <source>Two-factor authentication status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="85"/>
        <source>&amp;Enable two-factor authentication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="86"/>
        <source>Also ask for a code from an authenticator app when you sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="91"/>
        <source>New &amp;recovery codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="92"/>
        <source>Make ten new one-time codes for signing in without the authenticator; the old ones stop working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="97"/>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="98"/>
        <source>Disable two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="99"/>
        <source>Turn two-factor authentication off (asks for a current code)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepUpDialog</name>
    <message>
        <location filename="../ui/StepUpDialog.ui" line="6"/>
        <source>Confirm it’s you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.ui" line="22"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.ui" line="30"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.ui" line="35"/>
        <source>Authenticator &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.ui" line="44"/>
        <source>Authenticator code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookDialog</name>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="6"/>
        <source>New Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="12"/>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="20"/>
        <source>Where Keyward sends the events: an https address the server can reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="25"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="32"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="37"/>
        <source>E&amp;vents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="43"/>
        <source>&amp;All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="45"/>
        <source>Every event type Keyward sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="50"/>
        <source>Event types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="56"/>
        <source>&amp;Enabled: send events to this URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="61"/>
        <source>Keyward: manage authentication and API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="65"/>
        <source>Open the sign-in for this keywardd server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
