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
        <location filename="../ui/AuthKeyTab.ui" line="25"/>
        <source>Your new authentication &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="34"/>
        <source>New authentication key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="39"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="40"/>
        <source>Copy the key to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="41"/>
        <source>Copy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="48"/>
        <source>Copy it now and keep it somewhere safe: it will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="62"/>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="67"/>
        <source>Key prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="73"/>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="78"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="83"/>
        <source>Last used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="88"/>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="101"/>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="102"/>
        <source>Generate your authentication key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="103"/>
        <source>Generate authentication key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="108"/>
        <source>&amp;Regenerate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="109"/>
        <source>Replace the key with a new one; the current key stops working at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="110"/>
        <source>Regenerate authentication key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="115"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="116"/>
        <source>Delete the key; it stops working at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="117"/>
        <source>Delete authentication key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::ApiClient</name>
    <message>
        <location filename="../core/ApiClient.cpp" line="123"/>
        <source>There is no session that could be renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="189"/>
        <source>No server address is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="286"/>
        <source>The request was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="290"/>
        <source>The server at %1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="298"/>
        <source>The answer from %1 could not be understood: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="304"/>
        <source>The server at %1 closed the connection without a complete answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="306"/>
        <source>Could not connect to the server at %1: nothing answers there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="308"/>
        <source>Could not reach the server at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="319"/>
        <source>The answer from %1 (HTTP %2) is not a Keyward response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="330"/>
        <source>The answer from %1 (HTTP %2) contradicts itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="364"/>
        <source>The server did not send a session token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="374"/>
        <source>The server did not send a refresh token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::ApiKeyModel</name>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="248"/>
        <location filename="../ui/ApiKeyModel.cpp" line="372"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="250"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="252"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="309"/>
        <location filename="../ui/ApiKeyModel.cpp" line="311"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ApiKeyModel.cpp" line="365"/>
        <source>Expires in %n day(s), on %1</source>
        <translation>
            <numerusform>Expires in %n day, on %1</numerusform>
            <numerusform>Expires in %n days, on %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="368"/>
        <source>Expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="370"/>
        <source>Revoked: the key does not work until it is re-activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="382"/>
        <source>Last used on %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="385"/>
        <source>Key id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="409"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="411"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="413"/>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="415"/>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="417"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="419"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="421"/>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="423"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="425"/>
        <source>Last used from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="427"/>
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
        <location filename="../ui/ApiKeysTab.cpp" line="101"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="221"/>
        <source>Loading keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="223"/>
        <source>No keys yet. Create one with New key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="226"/>
        <source>No key matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="228"/>
        <source>No keys yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ApiKeysTab.cpp" line="230"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ApiKeysTab.cpp" line="232"/>
        <source>%1 of %n key(s)</source>
        <translation>
            <numerusform>%1 of %n key</numerusform>
            <numerusform>%1 of %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ApiKeysTab.cpp" line="241"/>
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
    <name>Keyward::AuditModel</name>
    <message>
        <location filename="../ui/AuditModel.cpp" line="31"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="33"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="35"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="37"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="39"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="41"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::AuditTab</name>
    <message>
        <location filename="../ui/AuditTab.cpp" line="26"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="28"/>
        <source>Load &amp;older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="31"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="38"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="40"/>
        <source>Sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="41"/>
        <source>Keys created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="42"/>
        <source>Keys edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="43"/>
        <source>Keys revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="44"/>
        <source>Keys re-activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="45"/>
        <source>Keys rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="46"/>
        <source>Keys deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="47"/>
        <source>Revoked keys used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="48"/>
        <source>Authentication keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="49"/>
        <source>Password changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="50"/>
        <source>Users changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="54"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="55"/>
        <location filename="../ui/AuditTab.cpp" line="135"/>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="56"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="57"/>
        <source>Filter loaded entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="59"/>
        <source>Filter the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="72"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="75"/>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditTab.cpp" line="166"/>
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
        <location filename="../ui/AuthKeyTab.cpp" line="32"/>
        <source>Authentication Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="100"/>
        <source>%1…</source>
        <comment>the display prefix of a key; the rest is never shown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="102"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="106"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="110"/>
        <source>%1 from %2</source>
        <comment>time, client address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="144"/>
        <source>Regenerate the authentication key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="145"/>
        <source>The current key stops working at once, and the sessions opened with it end. Scripts and tools that use it need the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="147"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="167"/>
        <source>An authentication key signs in as you without your password, so making one needs a fresh proof that it is you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="163"/>
        <source>A new authentication key replaces the old one, which no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="164"/>
        <source>Your authentication key has been generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="181"/>
        <source>Delete the authentication key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="182"/>
        <source>The key %1… stops working at once, and the sessions opened with it end. Scripts and tools that use it can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="185"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="198"/>
        <source>Your authentication key has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuthKeyTab.cpp" line="212"/>
        <source>Key copied. The clipboard is cleared in %n seconds.</source>
        <translation>
            <numerusform>Key copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Key copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
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
        <location filename="../ui/CreateKeyDialog.cpp" line="48"/>
        <source>New API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="60"/>
        <source>Edit API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="79"/>
        <source>e.g. CI pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="80"/>
        <source>Key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="81"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="86"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="87"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="88"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="93"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="94"/>
        <source>Me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="96"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="115"/>
        <source>&amp;read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="115"/>
        <source>Read keys, profile, tenant and audit log (GET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="116"/>
        <source>&amp;write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="116"/>
        <source>Create, change, revoke and delete keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="117"/>
        <source>&amp;admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="117"/>
        <source>Manage users and the tenant (admin owners only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="118"/>
        <source>web&amp;hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="118"/>
        <source>Deliver webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="120"/>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="121"/>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="127"/>
        <source>What the key may do: read lists and shows, write also changes keys, admin manages users and the tenant, webhook manages webhooks. Scopes are fixed once the key exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="129"/>
        <source>Scopes cannot be changed once a key exists: create a new key for other scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="134"/>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="137"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="138"/>
        <source> per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="139"/>
        <source>Requests per minute the key may make; over it, verification answers 429</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="140"/>
        <source>Ra&amp;te limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="153"/>
        <source>Scopes cannot be changed; create a new key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="164"/>
        <source>Expiration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="168"/>
        <source>Keep (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="171"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="172"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="176"/>
        <source>Expiration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="184"/>
        <source>&amp;Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="205"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="210"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="210"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="233"/>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="245"/>
        <source>The user list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CreateKeyDialog.cpp" line="274"/>
        <source>Longer than this tenant allows (%n day(s))</source>
        <translation>
            <numerusform>Longer than this tenant allows (%n day)</numerusform>
            <numerusform>Longer than this tenant allows (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="292"/>
        <source>This key has expired; its expiry cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="294"/>
        <location filename="../ui/CreateKeyDialog.cpp" line="297"/>
        <source>Expires on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CreateKeyDialog.cpp" line="299"/>
        <location filename="../ui/CreateKeyDialog.cpp" line="347"/>
        <location filename="../ui/CreateKeyDialog.cpp" line="352"/>
        <source>This tenant allows keys to live at most %n day(s).</source>
        <translation>
            <numerusform>This tenant allows keys to live at most %n day.</numerusform>
            <numerusform>This tenant allows keys to live at most %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="329"/>
        <source>Enter a name for the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="341"/>
        <source>The expiry date must be in the future: choose tomorrow or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="364"/>
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
        <location filename="../ui/KeyCommands.cpp" line="271"/>
        <source>Stop working at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="271"/>
        <source>Keep working for 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="272"/>
        <source>Keep working for 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="272"/>
        <source>Keep working for 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="277"/>
        <source>Rotate API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="279"/>
        <source>Rotating “%1” issues a new secret, shown once.
The current secret should:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="283"/>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="304"/>
        <source>New secret issued; the previous one no longer works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="306"/>
        <source>New secret issued; the previous one works until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="319"/>
        <source>Copied the key id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="395"/>
        <source>Revoked the key “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="396"/>
        <source>Revoked %n key(s)</source>
        <translation>
            <numerusform>Revoked %n key</numerusform>
            <numerusform>Revoked %n keys</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="399"/>
        <source>Re-activated the key “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="400"/>
        <source>Re-activated %n key(s)</source>
        <translation>
            <numerusform>Re-activated %n key</numerusform>
            <numerusform>Re-activated %n keys</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="403"/>
        <source>Deleted the key “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="404"/>
        <source>Deleted %n key(s)</source>
        <translation>
            <numerusform>Deleted %n key</numerusform>
            <numerusform>Deleted %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="412"/>
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
        <location filename="../ui/KeyDetailsPane.cpp" line="40"/>
        <source>Key details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="41"/>
        <source>Select a key to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="53"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="54"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="55"/>
        <source>Key id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="56"/>
        <source>Prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="57"/>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="58"/>
        <source>Created by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="59"/>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="60"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="61"/>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="62"/>
        <source>Changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="63"/>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="64"/>
        <source>Last used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="65"/>
        <source>Rate limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="68"/>
        <source>Copy as &amp;environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="70"/>
        <source>Copy the key id and prefix as KEYWARD_KEY_ID and KEYWARD_KEY_PREFIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="71"/>
        <source>Copy as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="73"/>
        <source>Copy a curl command that shows this key (with your token from $KEYWARD_TOKEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="81"/>
        <source>Copied the key id and prefix as environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="85"/>
        <source>Copied a curl command for the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="91"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="100"/>
        <source>History of the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="158"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="168"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="170"/>
        <source>Revoked: it does not work until it is re-activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="171"/>
        <source>Expired: it no longer works and cannot be re-activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="174"/>
        <location filename="../ui/KeyDetailsPane.cpp" line="176"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="180"/>
        <source>%1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyDetailsPane.cpp" line="181"/>
        <source>%n request(s) per minute</source>
        <translation>
            <numerusform>%n request per minute</numerusform>
            <numerusform>%n requests per minute</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="181"/>
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
</context>
<context>
    <name>Keyward::KeyTableView</name>
    <message>
        <location filename="../ui/KeyTableView.cpp" line="117"/>
        <source>Default columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::LoginDialog</name>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="30"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="36"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="75"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="75"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="122"/>
        <source>Enter the server&apos;s address, e.g. http://127.0.0.1:8421</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="132"/>
        <source>Paste your authentication key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="139"/>
        <source>Enter your e-mail and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="64"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="83"/>
        <source>About Keyward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>&lt;b&gt;Keyward&lt;/b&gt; %1&lt;br&gt;API-key management console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>Your session has ended (%1). Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Clipboard clears in %n s</numerusform>
            <numerusform>Clipboard clears in %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>Clipboard cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177"/>
        <source>Keyward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>Keyward — %1 (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="292"/>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="312"/>
        <source>You have signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="330"/>
        <source>No keychain: you stay signed in only until the console closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="355"/>
        <source>The server&apos;s database is unavailable. Retrying every %1 seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="370"/>
        <source>Connected again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="356"/>
        <source>Cannot reach the server at %1 (%2). Retrying every %3 seconds…</source>
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
        <location filename="../ui/ProfileTab.cpp" line="17"/>
        <source>Administrator: manages the tenant&apos;s users and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="19"/>
        <source>Support: sees the tenant&apos;s keys and audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="23"/>
        <source>User: manages own keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="33"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="85"/>
        <source>On: signing in also asks for a code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="86"/>
        <source>Off: signing in needs only your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="116"/>
        <source>Your name is now “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="138"/>
        <source>Whoever holds the authenticator app holds your account, so turning on two-factor authentication needs a fresh proof that it is you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="163"/>
        <source>Two-factor authentication is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="163"/>
        <source>Two-factor authentication is off.</source>
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
        <location filename="../ui/SecretDialog.cpp" line="51"/>
        <source>I have stored the key somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="62"/>
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
        <location filename="../ui/TenantKeysTab.cpp" line="83"/>
        <source>Tenant Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="94"/>
        <source>User filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="96"/>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="105"/>
        <source>Search name, description, prefix, owner or key id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="106"/>
        <source>Search keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="116"/>
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Expiring within %n day</numerusform>
            <numerusform>Expiring within %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="125"/>
        <source>Loading keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="132"/>
        <location filename="../ui/TenantKeysTab.cpp" line="133"/>
        <source>Stop loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="139"/>
        <source>API keys of the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="159"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="168"/>
        <source>Key actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="178"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="183"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="156"/>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="158"/>
        <source>Save the keys shown as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="293"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="295"/>
        <source>%1 — disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="279"/>
        <source>The user list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="331"/>
        <location filename="../ui/TenantKeysTab.cpp" line="332"/>
        <source>Loading keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="223"/>
        <source>Loaded %n key(s)…</source>
        <translation>
            <numerusform>Loaded %n key…</numerusform>
            <numerusform>Loaded %n keys…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="196"/>
        <source>Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="225"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="231"/>
        <source>Loading stopped after %n key(s): %1</source>
        <translation>
            <numerusform>Loading stopped after %n key: %1</numerusform>
            <numerusform>Loading stopped after %n keys: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="352"/>
        <source>%n active key(s) of the tenant expire within %1 days.</source>
        <translation>
            <numerusform>%n active key of the tenant expires within %1 days.</numerusform>
            <numerusform>%n active keys of the tenant expire within %1 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="353"/>
        <source>More than %n active keys of the tenant expire within %1 days.</source>
        <translation>
            <numerusform>More than %n active key of the tenant expires within %1 days.</numerusform>
            <numerusform>More than %n active keys of the tenant expire within %1 days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="363"/>
        <source>No key matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="363"/>
        <source>This tenant has no keys yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="375"/>
        <source>Stopped after %n key(s)</source>
        <translation>
            <numerusform>Stopped after %n key</numerusform>
            <numerusform>Stopped after %n keys</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="429"/>
        <source>Export API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="430"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="437"/>
        <source>Exported %n key(s) to %1</source>
        <translation>
            <numerusform>Exported %n key to %1</numerusform>
            <numerusform>Exported %n keys to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="448"/>
        <location filename="../ui/TenantKeysTab.cpp" line="483"/>
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
        <location filename="../ui/TotpDialog.cpp" line="161"/>
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
    <name>Keyward::UsersTab</name>
    <message>
        <location filename="../ui/UsersTab.cpp" line="35"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="48"/>
        <source>Search by e-mail, name or role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="49"/>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="56"/>
        <source>Users of the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="73"/>
        <source>User actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="79"/>
        <source>Tenant settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="85"/>
        <source>No maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="86"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="87"/>
        <source>No key of the tenant may be made to live longer than this; 0: no maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="88"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="95"/>
        <source>Maximum key &amp;lifetime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="123"/>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="124"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="125"/>
        <source>Show &amp;keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="127"/>
        <source>List the user&apos;s keys on Tenant Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="128"/>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="131"/>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="132"/>
        <source>The user can no longer sign in, and their keys stop working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="133"/>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="134"/>
        <source>Reset &amp;two-factor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="136"/>
        <source>Turn off the user&apos;s second factor, for a lost authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="267"/>
        <source>Created the user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="285"/>
        <location filename="../ui/UsersTab.cpp" line="290"/>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="286"/>
        <source>Role of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="300"/>
        <source>%1 is now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="316"/>
        <source>Disabled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="316"/>
        <source>Enabled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="323"/>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="324"/>
        <source>Disable %1? They can no longer sign in, and their keys stop working until they are enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="327"/>
        <source>Disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="336"/>
        <location filename="../ui/UsersTab.cpp" line="340"/>
        <source>Reset two-factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="337"/>
        <source>Turn off the second factor of %1? They sign in with their password alone until they enrol again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="342"/>
        <source>Reset the second factor of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/UsersTab.cpp" line="363"/>
        <source>Saved: keys live at most %n day(s).</source>
        <translation>
            <numerusform>Saved: keys live at most %n day.</numerusform>
            <numerusform>Saved: keys live at most %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="364"/>
        <source>Saved: keys may live as long as their owners choose.</source>
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
        <location filename="../ui/LoginDialog.ui" line="68"/>
        <source>Authentication key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="72"/>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="79"/>
        <source>kw_pat_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="93"/>
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
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="92"/>
        <source>Disable two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="93"/>
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
