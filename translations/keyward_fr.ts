<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Keyward::ApiKeysTab</name>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="9"/>
        <source>API Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::AuditTab</name>
    <message>
        <location filename="../ui/AuditTab.cpp" line="9"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::AuthKeyTab</name>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="9"/>
        <source>Authentication Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::LoginDialog</name>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="28"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="108"/>
        <source>Enter the server&apos;s address, e.g. http://127.0.0.1:8421</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="118"/>
        <source>Paste your authentication key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="125"/>
        <source>Enter your e-mail and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <source>About Keyward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>&lt;b&gt;Keyward&lt;/b&gt; %1&lt;br&gt;API-key management console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>Your session has ended (%1). Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="101"/>
        <source>Clipboard clears in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="105"/>
        <source>Clipboard cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>Keyward — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>You have signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>No keychain: you stay signed in only until the console closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="280"/>
        <source>Connected again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="286"/>
        <location filename="../ui/MainWindow.cpp" line="305"/>
        <source>Cannot reach the server at %1 (%2). Retrying every %3 seconds…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::PasswordTab</name>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="9"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::ProfileTab</name>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="9"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::TenantKeysTab</name>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="9"/>
        <source>Tenant Keys</source>
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
        <location filename="../ui/LoginDialog.ui" line="96"/>
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
        <location filename="../ui/MainWindow.ui" line="42"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="49"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="58"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="61"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="62"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="65"/>
        <source>&amp;New key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="66"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="69"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="70"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="73"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="74"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="77"/>
        <source>&amp;About Keyward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="37"/>
        <source>Keyward: manage authentication and API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="41"/>
        <source>Open the sign-in for this keywardd server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
